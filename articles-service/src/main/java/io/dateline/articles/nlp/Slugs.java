package io.dateline.articles.nlp;

import java.util.Locale;

/** Entity id parts from names: "Jens Stoltenberg" → "jens-stoltenberg", accents dropped. */
final class Slugs {

    private Slugs() {
    }

    /**
     * Lower case without accents; apostrophes and periods dropped ("O'Brien" → "obrien"), every other
     * run of characters but a-z and 0-9 one dash, none at either end.
     */
    static String of(String name) {
        String lower = Accents.dropped(name).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '’' || c == '.') {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }
}
