package io.dateline.articles.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON ingest body, as documented. news-please JSON (title, maintext, date_publish,
 * source_domain, url, language) is accepted as is. Either text (page text) or html is required.
 */
@Schema(name = "ArticleInput", example = """
        {"url": "https://example.org/world/nato-baltic", "source": "example.org",
         "title": "Denmark sends a frigate to the Baltic Sea", "publishedAt": "2022-01-24T10:00:00Z",
         "text": "COPENHAGEN (Reuters) - Denmark is sending a frigate to the Baltic Sea, the defence ministry said on Monday."}""")
public record ArticleInput(
        @Schema(description = "Absolute http(s) URL; identifies the article (a changed page becomes a new version)") String url,
        @Schema(description = "Publishing site; taken from the url's domain when absent") String source,
        @Schema(description = "Headline; detected from the page when absent") String title,
        @Schema(description = "Publication time; found in the text when absent") OffsetDateTime publishedAt,
        @Schema(description = "Language code such as en; detected when absent") String language,
        @Schema(description = "Raw page text") String text,
        @Schema(description = "A whole HTML page") String html) {
}
