package io.dateline.articles.nlp;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Names without their accents ("Medellín" → "Medellin"): decomposed, combining marks dropped. */
final class Accents {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Accents() {
    }

    /** Plain ASCII has nothing to decompose and is returned as it is, without the normaliser's cost. */
    static String dropped(String name) {
        if (ascii(name)) {
            return name;
        }
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    }

    static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
