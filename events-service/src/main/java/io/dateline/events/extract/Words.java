package io.dateline.events.extract;

import java.util.Locale;

/** Light word normalisation shared by the pattern matcher: lower case and a crude suffix stem. */
final class Words {

    private Words() {
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /**
     * A crude stem, used where a lemma is missing or misspelt, so "shelled", "shel" and "shell" meet:
     * a common suffix goes, then a final doubled consonant is collapsed on every side alike.
     */
    static String stem(String word) {
        String w = lower(word);
        if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && (w.endsWith("ied") || w.endsWith("ies"))) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
            w = w.substring(0, n - 1);
        }
        return w;
    }
}
