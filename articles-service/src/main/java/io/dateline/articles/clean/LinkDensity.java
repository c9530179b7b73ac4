package io.dateline.articles.clean;

import org.jsoup.nodes.Element;

/** The share of an element's text that sits inside links (menus and link lists are mostly links). */
final class LinkDensity {

    private LinkDensity() {
    }

    static double of(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            String href = a.attr("href");
            // in-page anchors (footnotes, "#top") count for little
            linked += (int) (a.text().length() * (href.startsWith("#") ? 0.3 : 1));
        }
        return Math.min(1.0, linked / (double) length);
    }
}
