package io.dateline.articles.clean;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element, counted in one walk (scoring asks for them often).
 * The walk is iterative, so deeply nested pages cannot exhaust the stack.
 */
final class TextStats implements NodeVisitor {

    private final Map<Element, int[]> lengths = new IdentityHashMap<>();
    /** {text, link text} of the elements being walked, innermost on top. */
    private final Deque<int[]> open = new ArrayDeque<>();
    private int linkDepth;

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats, root);
        return stats;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t && !open.isEmpty()) {
            int n = visibleLength(t.getWholeText());
            open.peek()[0] += n;
        } else if (node instanceof Element e) {
            open.push(new int[2]);
            if (e.normalName().equals("a")) {
                linkDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return;
        }
        int[] own = open.pop();
        if (e.normalName().equals("a")) {
            linkDepth--;
            if (linkDepth == 0) {
                // in-page anchors (footnotes, "#top") count for little
                own[1] = (int) (own[0] * (e.attr("href").startsWith("#") ? 0.3 : 1));
            }
        }
        lengths.put(e, own);
        if (!open.isEmpty()) {
            open.peek()[0] += own[0];
            open.peek()[1] += own[1];
        }
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
