package io.dateline.articles.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

    private static final String P1 = "The harbour council of Eastport voted on Tuesday to close the old ferry pier, "
            + "ending a service that had run for more than sixty years, members said.";
    private static final String P2 = "Council members said the pier's timbers had rotted beyond repair, and that a "
            + "new crossing, paid for by the region, would be built further north by the end of next year.";
    private static final String P3 = "Ferry passengers, many of whom commute daily, will be offered free bus tickets "
            + "until the new crossing opens, the council said in a statement.";

    private static String page(String head, String article) {
        return "<html><head>" + head + "</head><body>"
                + "<header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>"
                + " <a href=\"/sport\">Sport</a></nav></header>"
                + "<div id=\"main\">" + article
                + "<aside class=\"sidebar\"><h3>Most read</h3><ul>"
                + "<li><a href=\"/a\">Storm warning issued for the whole coast tonight</a></li>"
                + "<li><a href=\"/b\">Local school wins the national robotics prize</a></li></ul></aside></div>"
                + "<footer><p>Copyright 2023 Eastport News. All rights reserved.</p></footer></body></html>";
    }

    private static final String STORY = "<article><h1>Eastport closes its ferry pier</h1>"
            + "<div class=\"share-bar\"><a href=\"/share/fb\">Facebook</a> <a href=\"/share/tw\">Twitter</a></div>"
            + "<div class=\"article-body\"><p>" + P1 + "</p><p>" + P2 + "</p>"
            + "<figure><img src=\"pier.jpg\"><figcaption>The old pier at dawn. Photo: Jane Roe</figcaption></figure>"
            + "<p>" + P3 + "</p></div></article>";

    @Test
    void theStoryIsKeptAndThePageChromeGoes() {
        CleanedPage page = HtmlPage.extract(page("<title>Eastport closes its ferry pier | Eastport News</title>", STORY),
                "https://www.eastport-news.example/2023/pier");

        assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(page.title()).isEqualTo("Eastport closes its ferry pier");
        assertThat(page.source()).isEqualTo("eastport-news.example");
    }

    @Test
    void scriptsAndStylesNeverReachTheText() {
        String article = "<article><div class=\"article-body\"><p>" + P1 + "</p>"
                + "<script>var tracker = 'pixel'; window.dataLayer.push({event: 'view'});</script>"
                + "<style>.article-body p { color: red; }</style>"
                + "<noscript>Please enable JavaScript to read comments</noscript>"
                + "<p>" + P2 + "<script>document.write('inline ad text here');</script></p>"
                + "<p>" + P3 + "</p></div></article>";
        CleanedPage page = HtmlPage.extract(page("<style>body { margin: 0 }</style><script>var x = 1;</script>",
                article), null);

        assertThat(page.text()).doesNotContain("tracker", "dataLayer", "color", "JavaScript", "inline ad", "margin");
        assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void metadataComesFromTheHead() {
        String head = "<meta property=\"og:title\" content=\"Eastport closes its ferry pier\">"
                + "<meta property=\"article:published_time\" content=\"2023-03-03T09:15:00+01:00\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}]}"
                + "</script>";
        CleanedPage page = HtmlPage.extract(page(head, STORY), "https://eastport-news.example/pier");

        assertThat(page.title()).isEqualTo("Eastport closes its ferry pier");
        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.of(2023, 3, 3, 9, 15, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(page.authors()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void aBylineAndDatelineInTheBodyAreRead() {
        String article = "<article><h1>Pier closes</h1><div class=\"article-body\"><p>By Jane Doe</p>"
                + "<p>EASTPORT (AP) — " + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></article>";
        CleanedPage page = HtmlPage.extract(page("", article), null);

        assertThat(page.authors()).containsExactly("Jane Doe");
        assertThat(page.datelinePlace()).isEqualTo("Eastport");
        assertThat(page.datelineAgency()).isEqualTo("AP");
        assertThat(page.paragraphs()).hasSize(3);
        assertThat(page.title()).isEqualTo("Pier closes");
    }

    @Test
    void linksToOtherStoriesInsideTheBodyGo() {
        String article = "<article><div class=\"article-body\"><p>" + P1 + "</p>"
                + "<p><strong><a href=\"/other\">HARBOUR TOWNS VOTE ON NEW FERRY FARES</a></strong></p>"
                + "<p>" + P2 + "</p><p>Advert</p><p>" + P3 + "</p>"
                + "<p>This slideshow requires JavaScript.</p></div></article>";
        CleanedPage page = HtmlPage.extract(page("", article), null);

        assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void deeplyNestedPagesDoNotExhaustTheStack() {
        String open = "<div>".repeat(5000);
        String close = "</div>".repeat(5000);
        CleanedPage page = HtmlPage.extract("<html><body>" + open + "<p>" + P1 + "</p><p>" + P2 + "</p>" + close
                + "</body></html>", null);

        assertThat(page.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void aPageWithoutAStorySaysWhy() {
        CleanedPage empty = HtmlPage.extract("<html><body><nav><a href=\"/\">Home</a></nav></body></html>", null);
        CleanedPage blank = HtmlPage.extract("  ", null);

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.emptyReason()).isNotBlank();
        assertThat(blank.isEmpty()).isTrue();
        assertThat(blank.emptyReason()).isNotBlank();
    }
}
