package io.dateline.articles.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Entity id parts from names: "Jens Stoltenberg" → "jens-stoltenberg", accents dropped. */
final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern DROPPED = Pattern.compile("['’.]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

    private Slugs() {
    }

    static String of(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String kept = DROPPED.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        return EDGE_DASHES.matcher(SEPARATORS.matcher(kept).replaceAll("-")).replaceAll("");
    }
}
