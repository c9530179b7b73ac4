package io.dateline.articles.nlp;

import io.dateline.articles.nlp.time.TimeExpression;
import java.util.List;

/**
 * Everything the pipeline found in one article. Mirrors the {@code annotations} object of the
 * feed (docs/feed.md) field by field, so it is serialised as is.
 */
public record Annotations(List<Sentence> sentences, List<Entity> entities, List<TimeExpression> times,
                          List<Quote> quotes, List<Quantity> quantities) {

    public Annotations {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        quantities = List.copyOf(quantities);
    }
}
