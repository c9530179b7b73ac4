package io.dateline.events.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What story clustering needs to know of one article. {@code entities} are the canonical entity ids of
 * the article's annotations (may be empty when the article was not annotated).
 */
public record ArticleForClustering(String id, String title, String text, Instant publishedAt, String source,
                                   List<EntityRef> entities) {

    public ArticleForClustering {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publishedAt, "publishedAt");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public ArticleForClustering(String id, String title, String text, Instant publishedAt, String source) {
        this(id, title, text, publishedAt, source, List.of());
    }

    /** An entity the article mentions: its stable id ("country:DNK"), its type and how often it is mentioned. */
    public record EntityRef(String id, String type, int mentions) {
        public EntityRef {
            Objects.requireNonNull(id, "id");
            mentions = Math.max(1, mentions);
        }
    }
}
