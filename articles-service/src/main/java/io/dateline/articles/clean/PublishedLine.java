package io.dateline.articles.clean;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A line giving the page's publication date: "Published 24 January 2022", "Updated: Jan. 24, 2022
 * 10:30 AM", or a line that is only a date. Dates inside story sentences are not publication dates.
 */
final class PublishedLine {

    private static final CueFile FILE = CueFile.load("page-text-cues.txt");
    private static final List<String> CUES = FILE.section("published");
    private static final List<String> UPDATED = FILE.section("updated");

    private PublishedLine() {
    }

    /** The date when the line is a publication line, else null. */
    static OffsetDateTime date(String line) {
        String text = LineShape.withoutBullet(line.strip());
        if (LineShape.words(text) > 16) {
            return null;
        }
        String key = LineShape.key(text);
        return startsWithCue(key, CUES) || DateWords.onlyDate(text) ? DateWords.find(text) : null;
    }

    /** True for "Updated: ..." lines, whose date is a revision's, not the first publication's. */
    static boolean revision(String line) {
        return startsWithCue(LineShape.key(line), UPDATED);
    }

    private static boolean startsWithCue(String key, List<String> cues) {
        return cues.stream().anyMatch(c -> key.startsWith(c + " ") || key.startsWith(c + ":"));
    }
}
