package io.dateline.articles.ingest;

import java.time.OffsetDateTime;

/**
 * One article as it arrived, before cleaning: what the sender told us, and the body as page text
 * ({@code text}) or a whole page ({@code html}). {@code raw} is the input exactly as received.
 */
public record Submission(String url, String source, String title, OffsetDateTime publishedAt, String language,
                         String text, String html, String format, String raw) {

    /** The formats an article can arrive in. */
    public static final String JSON = "json", NEWS_PLEASE = "news-please", TEXT = "text", HTML = "html";

    public boolean isHtml() {
        return html != null;
    }
}
