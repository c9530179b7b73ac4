package io.dateline.eval;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A whole HTML page as the text a reader gets by selecting all and copying it: every visible
 * block on its own line, menus and footers included. Input for measuring page-text cleaning.
 */
final class PageCopy implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "dd", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul");
    private final StringBuilder out = new StringBuilder();

    static String of(String html) {
        Element body = Jsoup.parse(html).body();
        // what a browser does not show (or copy): code, closed drop-down lists and menus, hidden elements
        body.select("script, style, noscript, template, svg, iframe, select, dialog, menu, [hidden], [aria-hidden=true], "
                + "[style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]").remove();
        PageCopy copy = new PageCopy();
        NodeTraversor.traverse(copy, body);
        return copy.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            out.append(t.text());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            out.append('\n');
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            out.append('\n');
        }
    }
}
