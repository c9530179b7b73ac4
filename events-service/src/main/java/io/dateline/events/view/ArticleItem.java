package io.dateline.events.view;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An article as a story lists it. */
public record ArticleItem(UUID id, String source, String title, OffsetDateTime publishedAt) {
}
