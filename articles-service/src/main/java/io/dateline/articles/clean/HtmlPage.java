package io.dateline.articles.clean;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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
        HtmlMetadata meta = HtmlMetadata.read(doc);
        List<String> paragraphs = withoutTitle(HtmlStory.paragraphs(doc), meta.title());
        LineRole[] roles = LineRoles.byCues(paragraphs);
        OffsetDateTime published = meta.published() != null ? meta.published() : firstPublished(paragraphs, roles);
        return StoryPage.of(meta.title(), withoutChromeLines(paragraphs, roles), published, meta.authors(), source,
                "no story text found in the page");
    }

    /** Caption, credit, menu, list and comment lines the layout left among the paragraphs. */
    private static List<String> withoutChromeLines(List<String> paragraphs, LineRole[] roles) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            // a byline stays for StoryPage, which reads and removes it
            if (roles[i] == LineRole.STORY || roles[i] == LineRole.BYLINE) {
                kept.add(paragraphs.get(i));
            }
        }
        return kept;
    }

    private static OffsetDateTime firstPublished(List<String> paragraphs, LineRole[] roles) {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == LineRole.PUBLISHED) {
                return PublishedLine.date(paragraphs.get(i));
            }
        }
        return null;
    }

    private static List<String> withoutTitle(List<String> paragraphs, String title) {
        List<String> story = new ArrayList<>(paragraphs);
        if (title != null && !story.isEmpty() && LineShape.key(story.get(0)).equals(LineShape.key(title))) {
            story.remove(0);
        }
        return story;
    }
}
