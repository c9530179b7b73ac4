package io.dateline.articles.clean;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The story of one page with its chrome removed, and what the page says about itself.
 *
 * @param title          the headline (given, or detected), or null
 * @param text           the story's paragraphs separated by "\n\n"; empty when nothing was found
 * @param publishedAt    the publication time; a day without a time is that day at 00:00Z; null if unknown
 * @param datelinePlace  "KYIV" in "KYIV (Reuters) —", as written; null without a dateline
 * @param datelineAgency "Reuters" in that dateline; null when the dateline names none
 * @param authors        the stated authors, in order; empty when none are stated
 * @param source         the url's domain without "www.", or null without a url
 * @param emptyReason    why no story text was found (then text is empty), else null
 */
public record CleanedPage(String title, String text, OffsetDateTime publishedAt, String datelinePlace,
                          String datelineAgency, List<String> authors, String source, String emptyReason) {

    public CleanedPage {
        text = text == null ? "" : text;
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A page on which no story was found, and why. */
    static CleanedPage empty(String reason, String title, String source) {
        return new CleanedPage(title, "", null, null, null, List.of(), source, reason);
    }

    /** True when the page gave no story text; {@link #emptyReason()} says why. */
    public boolean isEmpty() {
        return text.isBlank();
    }

    /** The paragraphs of the story. */
    public List<String> paragraphs() {
        return text.isEmpty() ? List.of() : List.of(text.split("\n\n"));
    }
}
