package io.dateline.articles.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Our own JSON ingest body. Either {@code text} (page text) or {@code html} (a whole page) is required. */
@Schema(name = "ArticleInput", example = """
        {"url": "https://example.org/world/nato-baltic", "source": "example.org",
         "title": "Denmark sends a frigate to the Baltic Sea", "publishedAt": "2022-01-24T10:00:00Z",
         "text": "COPENHAGEN (Reuters) - Denmark is sending a frigate to the Baltic Sea, the defence ministry said on Monday."}""")
public record ArticleInput(
        @Size(max = 4096) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Size(max = 256) String source,
        @Size(max = 2000) String title,
        OffsetDateTime publishedAt,
        @Size(max = 12) @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?", message = "must be a language code such as en") String language,
        String text,
        String html) {
}
