package io.dateline.articles.clean;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's class, id and role say about it (cues in {@code clean/html-cues.txt}). */
final class ClassCues {

    private static final CueFile CUES = CueFile.load("html-cues.txt");
    private static final Pattern UNLIKELY = CUES.substrings("unlikely");
    private static final Pattern MAYBE = CUES.substrings("maybe");
    private static final Pattern POSITIVE = CUES.substrings("positive");
    private static final Pattern NEGATIVE = CUES.substrings("negative");
    private static final Pattern JUNK = CUES.substrings("junk");
    private static final Pattern CHROME_ROLES = Pattern.compile(
            "menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search");

    private ClassCues() {
    }

    static String names(Element e) {
        return e.className() + " " + e.id();
    }

    static boolean unlikely(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        String names = names(e);
        return UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find();
    }

    static boolean chromeRole(Element e) {
        String role = e.attr("role");
        return !role.isEmpty() && CHROME_ROLES.matcher(role).matches();
    }

    static boolean junk(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        return JUNK.matcher(names(e)).find();
    }

    /** Readability's class weight: +25 for a story-like name, -25 for a chrome-like one (class and id each). */
    static int weight(Element e) {
        int weight = 0;
        for (String name : new String[] {e.className(), e.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += 25;
            }
        }
        return weight;
    }
}
