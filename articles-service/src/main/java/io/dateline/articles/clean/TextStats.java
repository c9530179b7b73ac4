package io.dateline.articles.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Text and link-text lengths of every element, counted in one walk (scoring asks for them often). */
final class TextStats {

    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        stats.count(root, false);
        return stats;
    }

    /** Returns {text, link text} of the subtree. */
    private int[] count(Element e, boolean inLink) {
        boolean link = e.normalName().equals("a");
        double weight = link && e.attr("href").startsWith("#") ? 0.3 : 1;
        int text = 0;
        int linked = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                text += visibleLength(t.getWholeText());
            } else if (child instanceof Element c) {
                int[] sub = count(c, inLink || link);
                text += sub[0];
                linked += sub[1];
            }
        }
        if (link && !inLink) {
            linked = (int) (text * weight);
        }
        int[] result = {text, linked};
        lengths.put(e, result);
        return result;
    }

    private static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean white = Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i));
            if (!white || !space) {
                n++;
            }
            space = white;
        }
        return n;
    }

    double linkDensity(Element e) {
        int[] l = lengths.get(e);
        if (l == null) {
            return LinkDensity.of(e);
        }
        return l[0] == 0 ? 0 : Math.min(1.0, l[1] / (double) l[0]);
    }
}
