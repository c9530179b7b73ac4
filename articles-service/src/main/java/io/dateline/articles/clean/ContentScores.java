package io.dateline.articles.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Readability-style content scores: every paragraph of prose gives points (length, commas) to its
 * ancestors, so the element holding most of the story's prose scores highest.
 */
final class ContentScores {

    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
            "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul");
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final TextStats stats;

    private ContentScores(TextStats stats) {
        this.stats = stats;
    }

    static ContentScores of(Element body) {
        ContentScores scores = new ContentScores(TextStats.of(body));
        for (Element e : body.getAllElements()) {
            String text = paragraphText(e);
            if (text != null && text.length() >= MIN_PARAGRAPH) {
                scores.spread(e, points(text));
            }
        }
        return scores;
    }

    /** The prose an element adds as a paragraph, or null when it is not paragraph-like. */
    private static String paragraphText(Element e) {
        return switch (e.normalName()) {
            case "p", "pre", "td" -> e.text();
            case "div", "section", "article" -> hasBlockChild(e) ? ownProse(e) : e.text();
            default -> null;
        };
    }

    static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Text written directly in a block that also holds blocks (text runs between <br> tags). */
    private static String ownProse(Element e) {
        StringBuilder own = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                own.append(t.text());
            } else if (child instanceof Element c && !BLOCKS.contains(c.normalName())) {
                own.append(c.text());
            }
        }
        return own.toString().strip();
    }

    private static double points(String text) {
        long commas = text.chars().filter(c -> c == ',' || c == '，' || c == '、' || c == '،').count();
        return 1 + commas + Math.min(text.length() / 100, 3);
    }

    private void spread(Element paragraph, double points) {
        // a leaf block is a paragraph and scores its parent; prose written beside blocks scores its own block
        Element ancestor = hasBlockChild(paragraph) ? paragraph : paragraph.parent();
        for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
            if (ancestor.normalName().equals("body") || ancestor.normalName().equals("html")) {
                break;
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(ancestor, initial(ancestor) + points / divider, Double::sum);
            ancestor = ancestor.parent();
        }
    }

    private double initial(Element e) {
        if (scores.containsKey(e)) {
            return 0;
        }
        int base = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + ClassCues.weight(e);
    }

    boolean has(Element e) {
        return scores.containsKey(e);
    }

    double raw(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    /** The score discounted by the share of the element's text that is link text. */
    double score(Element e) {
        return raw(e) * (1 - stats.linkDensity(e));
    }

    double linkDensity(Element e) {
        return stats.linkDensity(e);
    }

    Map<Element, Double> all() {
        return scores;
    }
}
