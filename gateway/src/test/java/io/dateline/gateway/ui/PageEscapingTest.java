package io.dateline.gateway.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Untrusted article fields rendered by the real templates come out as text, never as markup. */
@QuarkusTest
class PageEscapingTest {

    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";

    @Inject
    Pages pages;

    @Inject
    ObjectMapper json;

    JsonNode hostile() throws Exception {
        return json.readTree(json.writeValueAsString(Map.of(
                "id", "6f1c2c1e-0000-4000-8000-000000000001",
                "title", "Frigate " + SCRIPT,
                "source", IMG,
                "url", "javascript:window.__pwned=3",
                "publishedAt", "2022-01-24T09:30:00Z",
                "authors", List.of("\"><svg onload=window.__pwned=4>"),
                "text", "Denmark " + SCRIPT + " sends " + IMG + " a frigate.")));
    }

    @Test
    void theArticleReaderEscapesTitleTextAuthorsAndSourceAndDropsAJavascriptUrl() throws Exception {
        JsonNode article = hostile();
        JsonNode annotations = json.readTree("{\"entities\": [{\"id\": \"country:DNK\", \"name\": \"Den<b>mark\","
                + " \"type\": \"COUNTRY\", \"mentions\": [{\"start\": 0, \"end\": 7, \"text\": \"Denmark\"}]}]}");
        String html = (String) pages.render(null, "article", Map.of("article", article,
                "summary", json.readTree("{\"events\": []}"), "eventsUnavailable", false,
                "text", Marks.article(article.path("text").asText(), annotations), "ingested", "")).getEntity();
        assertThat(html).doesNotContain("<script>window").doesNotContain("<img").doesNotContain("<svg onload")
                .doesNotContain("href=\"javascript").doesNotContain("<b>mark");
        assertThat(html).contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;")
                .contains("&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;")
                .contains("title=\"Den&lt;b&gt;mark · country · country:DNK\"")
                .contains("href=\"/ui/entities/country%3ADNK\"")
                .contains("by &quot;&gt;&lt;svg onload=window.__pwned=4&gt;");
        assertThat(html).containsOnlyOnce("<script");
    }

    @Test
    void searchSnippetsMarkHitsButEscapeTheirText() throws Exception {
        String snippet = "a " + SCRIPT + " b";
        JsonNode hit = json.readTree(json.writeValueAsString(Map.of("id", "x", "title", IMG, "snippet", snippet,
                "highlights", List.of(Map.of("start", 2, "end", 2 + SCRIPT.length())))));
        String html = (String) pages.render(null, "search", Map.of("form", Map.of("q", "\"><script>x</script>",
                        "source", "", "entity", "", "lang", "", "from", "", "to", "", "duplicates", ""),
                "hits", List.of(new SearchPages.Hit(hit, Marks.snippet(snippet, hit.path("highlights")))),
                "next", "", "error", "")).getEntity();
        assertThat(html).contains("<mark>&lt;script&gt;window.__pwned=1&lt;/script&gt;</mark>")
                .contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"").doesNotContain("<img");
        assertThat(html).containsOnlyOnce("<script");
    }
}
