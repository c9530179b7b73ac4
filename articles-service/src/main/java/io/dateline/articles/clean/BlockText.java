package io.dateline.articles.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders elements as paragraphs: one paragraph per block, whitespace collapsed. */
final class BlockText implements NodeVisitor {

    /** A paragraph that is one link is a link to another page ("SEE ALSO: ..."), not story. */
    private static final double ALL_LINK = 0.9;
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkDepth;
    private int linked;

    static List<String> paragraphs(List<Element> roots) {
        BlockText text = new BlockText();
        for (Element root : roots) {
            NodeTraversor.traverse(text, root);
            text.flush();
        }
        return text.paragraphs;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            current.append(t.getWholeText());
            if (linkDepth > 0) {
                linked += t.text().strip().length();
            }
        } else if (node instanceof Element e && breaks(e)) {
            flush();
        } else if (node instanceof Element e && e.normalName().equals("a")) {
            linkDepth++;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && breaks(e)) {
            flush();
        } else if (node instanceof Element e && e.normalName().equals("a")) {
            linkDepth--;
        }
    }

    private static boolean breaks(Element e) {
        return ContentScores.BLOCKS.contains(e.normalName()) || e.normalName().equals("br");
    }

    private void flush() {
        String paragraph = collapse(current);
        boolean allLink = linked >= ALL_LINK * paragraph.length() && LineShape.words(paragraph) >= 3;
        current.setLength(0);
        linked = 0;
        if (!paragraph.isEmpty() && !allLink) {
            paragraphs.add(paragraph);
        }
    }

    static String collapse(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
