package io.dateline.events.view;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the events side adds to an article: its events, lead (5W) and story. */
public record ArticleSummary(UUID articleId, List<EventRef> events, Map<String, Object> lead, StoryRef story) {

    /** An event the article mentions. */
    public record EventRef(UUID id, String type, String summary) {
    }

    /** The story the article belongs to. */
    public record StoryRef(UUID id, String title) {
    }
}
