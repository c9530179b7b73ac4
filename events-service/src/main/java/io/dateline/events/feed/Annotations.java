package io.dateline.events.feed;

import java.util.List;

/** The {@code annotations} object of a feed entry: every layer the articles-service NLP pipeline adds. */
public record Annotations(List<Sentence> sentences, List<Entity> entities, List<TimeExpression> times,
                          List<Quote> quotes, List<Quantity> quantities) {

    public Annotations {
        sentences = sentences == null ? List.of() : sentences;
        entities = entities == null ? List.of() : entities;
        times = times == null ? List.of() : times;
        quotes = quotes == null ? List.of() : quotes;
        quantities = quantities == null ? List.of() : quantities;
    }
}
