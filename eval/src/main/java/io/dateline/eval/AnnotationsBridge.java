package io.dateline.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.articles.nlp.Pipeline;
import io.dateline.articles.nlp.time.TimeExpressionFinder;
import io.dateline.events.feed.AnnotatedArticle;
import io.dateline.events.feed.Annotations;
import io.dateline.events.feed.Article;
import io.dateline.events.feed.Dateline;
import java.time.LocalDate;
import java.util.List;

/**
 * Annotates a text with the articles-service pipeline and hands it to the events side the way the feed
 * does: the articles-side Annotations written as JSON and read back into the events-side records, which
 * also checks that the two sides agree on the contract of docs/feed.md.
 */
final class AnnotationsBridge {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private static final TimeExpressionFinder TIMES = new TimeExpressionFinder();

    private AnnotationsBridge() {
    }

    static AnnotatedArticle annotate(String id, String title, String text, LocalDate published, String datelinePlace)
            throws Exception {
        io.dateline.articles.nlp.Annotations nlp = Pipeline.standard().annotate(text, published);
        if (nlp.times().isEmpty()) {
            // until the pipeline runs the time finder itself
            nlp = new io.dateline.articles.nlp.Annotations(nlp.sentences(), nlp.entities(),
                    TIMES.find(text, published), nlp.quotes(), nlp.quantities());
        }
        Annotations annotations = JSON.readValue(JSON.writeValueAsString(nlp), Annotations.class);
        Article article = new Article(id, null, null, title, published == null ? null : published.toString(), "en",
                text, datelinePlace == null ? null : new Dateline(datelinePlace, null), List.of(), null, null);
        return new AnnotatedArticle(article, annotations);
    }
}
