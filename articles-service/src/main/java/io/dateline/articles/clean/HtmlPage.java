package io.dateline.articles.clean;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Extracts the story and its metadata from a whole HTML page. */
public final class HtmlPage {

    private HtmlPage() {
    }

    /** @param url the page's address, or null; it gives the source and resolves relative links */
    public static CleanedPage extract(String html, String url) {
        String source = SourceDomain.of(url);
        if (html == null || html.isBlank()) {
            return CleanedPage.empty("the page is empty", null, source);
        }
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        List<String> paragraphs = HtmlStory.paragraphs(doc);
        if (paragraphs.isEmpty()) {
            return CleanedPage.empty("no story text found in the page", null, source);
        }
        return new CleanedPage(null, String.join("\n\n", paragraphs), null, null, null, List.of(), source, null);
    }
}
