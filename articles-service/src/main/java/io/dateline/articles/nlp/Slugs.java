package io.dateline.articles.nlp;

import java.text.Normalizer;
import java.util.Locale;

/** Entity id parts from names: "Jens Stoltenberg" → "jens-stoltenberg", accents dropped. */
final class Slugs {

    private Slugs() {
    }

    static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("['’.]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
