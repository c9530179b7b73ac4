package io.dateline.articles.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/** Removes what is never story text from a page body before the story is looked for. */
final class HtmlPruning {

    /** Elements whose content is code, media or controls: never text of the story. */
    static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "video, audio, picture, img, button, input, select, textarea, option, link, meta, head, "
            + "figure, figcaption, dialog, menu";
    private static final int MAX_DEPTH = 200;
    /** Kept when flattening: they mark where paragraphs begin and end. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
            "blockquote", "td", "th", "tr", "dt", "dd");
    private static final Set<String> KEPT_TAGS = Set.of("html", "body", "article", "main", "a");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private HtmlPruning() {
    }

    /**
     * Unwraps containers nested deeper than real pages go (their text stays): scoring walks up and
     * down the tree, so a hostile page of thousands of nested blocks would cost quadratic time.
     */
    static void flattenDeep(Element body) {
        List<Element> deep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth > MAX_DEPTH && node instanceof Element e && !PARAGRAPHS.contains(e.normalName())) {
                deep.add(e);
            }
        }, body);
        for (int i = deep.size() - 1; i >= 0; i--) {
            deep.get(i).unwrap();
        }
    }

    /** Removes code, media, hidden elements and comments: always safe. */
    static void removeNeverText(Element body) {
        body.select(NEVER_TEXT).remove();
        List<Element> hidden = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                hidden.add(e);
            }
        }
        hidden.forEach(Element::remove);
        removeComments(body);
    }

    private static void removeComments(Element root) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, root);
        comments.forEach(Node::remove);
    }

    /** Removes navigation and page furniture by tag, role and class; the story is rarely in them. */
    static void removeChrome(Element body) {
        body.select("nav").remove();
        int pageText = body.text().length();
        for (Element e : body.select("aside, footer, header, form")) {
            if (e.parent() != null && e.text().length() < pageText / 3) {
                e.remove();
            }
        }
        List<Element> chrome = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!KEPT_TAGS.contains(e.normalName()) && (ClassCues.chromeRole(e) || ClassCues.unlikely(e))
                    && !inside(e, "table") && !inside(e, "code")) {
                chrome.add(e);
            }
        }
        chrome.forEach(Element::remove);
    }

    private static boolean inside(Element e, String tag) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
