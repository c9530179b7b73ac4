package io.dateline.events.feed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The {@code article} object of a feed entry; {@code publishedAt} is kept as the ISO text it arrives in. */
public record Article(String id, String url, String source, String title, String publishedAt, String language,
                      String text, Dateline dateline, List<String> authors, String duplicateOf, String contentHash) {

    /** The publication day, when {@code publishedAt} is an ISO date or date-time. */
    public Optional<LocalDate> publicationDay() {
        if (publishedAt == null || publishedAt.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(publishedAt.length() == 10 ? LocalDate.parse(publishedAt)
                    : OffsetDateTime.parse(publishedAt).toLocalDate());
        } catch (RuntimeException notOffset) {
            try {
                return Optional.of(LocalDate.parse(publishedAt.substring(0, 10)));
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }
}
