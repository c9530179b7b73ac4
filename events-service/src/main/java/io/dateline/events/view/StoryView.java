package io.dateline.events.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A story: a cluster of articles about one happening. Lists carry its latest articles and main entities;
 * the single-story answer carries all its articles and {@code events} as a timeline (oldest first).
 */
public record StoryView(UUID id, String title, OffsetDateTime firstSeen, OffsetDateTime lastSeen, int numArticles,
                        int numSources, List<ArticleItem> articles, List<EntityCount> entities,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<EventView> events) {

    public StoryView with(List<ArticleItem> articles, List<EntityCount> entities, List<EventView> events) {
        return new StoryView(id, title, firstSeen, lastSeen, numArticles, numSources, articles, entities, events);
    }
}
