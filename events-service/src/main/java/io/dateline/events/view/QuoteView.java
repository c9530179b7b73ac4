package io.dateline.events.view;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Who said what, when, in which article; {@code indirect} for reported speech. */
public record QuoteView(UUID id, Party speaker, String text, UUID articleId, String source, String title,
                        int sentenceIndex, int start, int end, boolean indirect, OffsetDateTime saidAt) {
}
