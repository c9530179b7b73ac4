package io.dateline.articles.clean;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A line giving the page's publication date: "Published 24 January 2022", "Updated: Jan. 24, 2022
 * 10:30 AM", or a line that is only a date. Dates inside story sentences are not publication dates.
 */
final class PublishedLine {

    private static final List<String> CUES = CueFile.load("page-text-cues.txt").section("published");

    private PublishedLine() {
    }

    /** The date when the line is a publication line, else null. */
    static OffsetDateTime date(String line) {
        String text = LineShape.withoutBullet(line.strip());
        if (LineShape.words(text) > 16) {
            return null;
        }
        String key = LineShape.key(text);
        boolean cued = CUES.stream().anyMatch(c -> key.startsWith(c + " ") || key.startsWith(c + ":"));
        return cued || DateWords.onlyDate(text) ? DateWords.find(text) : null;
    }
}
