package io.dateline.articles.nlp;

import io.dateline.articles.nlp.time.TimeExpression;
import java.time.LocalDate;
import java.util.List;

/**
 * Time expressions, normalised against the publication date. The finding itself is done by a
 * {@link Finder} given at construction (the time package's TimeExpressionFinder in Pipeline.standard()).
 */
final class TimeAnnotator implements Annotator {

    /** Finds time expressions in a text published on a date (which may be null). */
    @FunctionalInterface
    interface Finder {
        List<TimeExpression> find(String text, LocalDate publicationDate);
    }

    private final Finder finder;

    TimeAnnotator(Finder finder) {
        this.finder = finder;
    }

    @Override
    public Document annotate(Document document) {
        return document.withTimes(finder.find(document.text(), document.publicationDate()));
    }
}
