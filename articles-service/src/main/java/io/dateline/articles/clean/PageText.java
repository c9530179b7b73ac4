package io.dateline.articles.clean;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Cleans raw page text (a text/plain copy of a web page): the story's paragraphs and what the page says about it. */
public final class PageText {

    private PageText() {
    }

    public static CleanedPage clean(String raw) {
        return clean(raw, null, null);
    }

    /**
     * @param title a title given with the page (then not detected), or null
     * @param url   the page's address (gives the source), or null
     */
    public static CleanedPage clean(String raw, String title, String url) {
        String source = SourceDomain.of(url);
        List<String> lines = lines(raw == null ? "" : raw);
        if (lines.isEmpty()) {
            return CleanedPage.empty("the text is empty", title, source);
        }
        LineRole[] roles = LineRoles.of(lines, blankToNull(title));
        List<String> story = new ArrayList<>();
        String foundTitle = null;
        OffsetDateTime published = null;
        boolean revised = false;
        List<String> authors = List.of();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            switch (roles[i]) {
                case STORY -> story.add(line);
                case TITLE -> foundTitle = foundTitle == null ? line : foundTitle;
                case PUBLISHED -> {
                    if (published == null || revised && !PublishedLine.revision(line)) {
                        published = PublishedLine.date(line);
                        revised = PublishedLine.revision(line);
                    }
                }
                case BYLINE -> authors = authors.isEmpty() ? Byline.authors(line) : authors;
                case CHROME -> { }
            }
        }
        if (story.isEmpty()) {
            story = shortStory(lines);
        }
        String finalTitle = blankToNull(title) != null ? title.strip() : foundTitle;
        return StoryPage.of(finalTitle, story, published, authors, source, "no story paragraphs found in the text");
    }

    /** A text too short for prose ("The pier closed today.") keeps its sentences that are no chrome. */
    private static List<String> shortStory(List<String> lines) {
        List<String> story = new ArrayList<>();
        for (String line : lines) {
            if (LineShape.endsSentence(line) && LineShape.words(line) >= 3 && !PageCues.menu(line)
                    && !PageCues.chromeLine(line) && !PageCues.opensComments(line)) {
                story.add(line);
            }
        }
        return story;
    }

    /** Non-empty lines, spaces normalised (no-break and other wide spaces become plain spaces). */
    static List<String> lines(String raw) {
        List<String> lines = new ArrayList<>();
        for (String line : raw.split("\\R")) {
            String text = BlockText.collapse(line);
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
