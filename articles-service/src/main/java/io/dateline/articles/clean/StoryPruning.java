package io.dateline.articles.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Removes furniture left inside the story's elements: link lists, share bars, captions, the title. */
final class StoryPruning {

    private StoryPruning() {
    }

    static void prune(List<Element> story, ContentScores scores) {
        int storyText = story.stream().mapToInt(e -> e.text().length()).sum();
        for (Element root : story) {
            int rootProse = StoryContainer.prose(root);
            removeJunk(root, storyText);
            removeLinkBlocks(root, scores, rootProse);
            root.select("h1").remove();
        }
    }

    private static void removeJunk(Element root, int storyText) {
        List<Element> junk = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && ClassCues.junk(e) && e.text().length() < storyText / 2) {
                junk.add(e);
            }
        }
        junk.forEach(Element::remove);
    }

    /** Readability's "clean conditionally", inner blocks first. */
    private static void removeLinkBlocks(Element root, ContentScores scores, int rootProse) {
        List<Element> blocks = root.select("table, ul, ol, div, section, dl");
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Element e = blocks.get(i);
            // a block holding most of the story's prose is never furniture, whatever its links
            if (e != root && e.parent() != null && isFurniture(e, scores)
                    && StoryContainer.prose(e) <= rootProse / 2) {
                e.remove();
            }
        }
    }

    private static boolean isFurniture(Element e, ContentScores scores) {
        int weight = ClassCues.weight(e);
        if (weight + scores.raw(e) < 0) {
            return true;
        }
        String text = e.text();
        if (text.chars().filter(c -> c == ',').count() >= 10) {
            return false;
        }
        boolean list = e.normalName().equals("ul") || e.normalName().equals("ol") || e.normalName().equals("dl");
        double links = LinkDensity.of(e);
        if (list) {
            return links > 0.5;
        }
        double headings = e.select("h1, h2, h3, h4, h5, h6").text().length() / (double) Math.max(1, text.length());
        return (headings < 0.9 && text.length() < 25 && links > 0)
                || (weight < 25 && links > 0.2)
                || (weight >= 25 && links > 0.5);
    }
}
