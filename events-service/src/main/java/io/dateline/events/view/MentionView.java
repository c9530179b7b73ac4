package io.dateline.events.view;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One article telling an event, with the sentence that tells it. */
public record MentionView(UUID articleId, String source, String title, OffsetDateTime publishedAt, String sentence) {
}
