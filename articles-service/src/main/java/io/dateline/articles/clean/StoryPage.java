package io.dateline.articles.clean;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Assembles a {@link CleanedPage} from story paragraphs: reads the dateline and a byline left in them. */
final class StoryPage {

    private StoryPage() {
    }

    static CleanedPage of(String title, List<String> paragraphs, OffsetDateTime published, List<String> authors,
                          String source, String emptyReason) {
        List<String> story = new ArrayList<>(paragraphs);
        List<String> byline = takeByline(story);
        if (authors.isEmpty()) {
            authors = byline;
        }
        if (story.isEmpty()) {
            return new CleanedPage(title, "", published, null, null, authors, source, emptyReason);
        }
        Dateline dateline = Dateline.read(story.get(0));
        return new CleanedPage(title, String.join("\n\n", story), published,
                dateline == null ? null : dateline.place(), dateline == null ? null : dateline.agency(),
                authors, source, null);
    }

    /** A byline among the first paragraphs is metadata, not story. */
    private static List<String> takeByline(List<String> story) {
        for (int i = 0; i < Math.min(3, story.size()); i++) {
            List<String> authors = Byline.authors(story.get(i));
            if (!authors.isEmpty()) {
                story.remove(i);
                return authors;
            }
        }
        return List.of();
    }
}
