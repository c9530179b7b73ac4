package io.dateline.articles.clean;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story's paragraphs in an HTML page. Like Readability, it first prunes page chrome hard and
 * retries more gently when too little text is left.
 */
final class HtmlStory {

    /** Below this many characters a story is suspected to have been pruned away. */
    private static final int ENOUGH = 500;

    private HtmlStory() {
    }

    static List<String> paragraphs(Document doc) {
        List<String> best = List.of();
        for (boolean hard : new boolean[] {true, false}) {
            List<String> found = attempt(doc.body(), hard);
            if (length(found) >= ENOUGH) {
                return found;
            }
            if (length(found) > length(best)) {
                best = found;
            }
        }
        return best;
    }

    private static List<String> attempt(Element pageBody, boolean hard) {
        Element body = pageBody.clone();
        HtmlPruning.flattenDeep(body);
        HtmlPruning.removeNeverText(body);
        if (hard) {
            HtmlPruning.removeChrome(body);
        }
        ContentScores scores = ContentScores.of(body);
        List<Element> story = StoryContainer.find(body, scores);
        if (story.isEmpty()) {
            return List.of();
        }
        StoryPruning.prune(story, scores);
        return BlockText.paragraphs(story);
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }
}
