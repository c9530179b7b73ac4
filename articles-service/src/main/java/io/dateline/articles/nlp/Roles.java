package io.dateline.articles.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Roles and titles of people ("Foreign Minister", "spokeswoman", "Gen.") from nlp/roles.tsv, matched ignoring case. */
final class Roles {

    /** A role found in a sentence: tokens [first, last], its output form, and whether it is only a title. */
    record Found(int first, int last, String role, boolean honorific) {
    }

    private record Entry(String role, boolean honorific) {
    }

    private final SurfaceTrie<Entry> trie = new SurfaceTrie<>();
    private final Map<String, String> canonical = new HashMap<>();

    Roles() {
        for (String[] row : Lexicon.rows("nlp/roles.tsv", 3)) {
            Entry entry = new Entry(row[0], "honorific".equals(row[2]));
            add(row[0], entry);
            Lexicon.list(row[1]).forEach(form -> add(form, entry));
        }
    }

    private void add(String form, Entry entry) {
        String lower = form.toLowerCase(Locale.ROOT);
        trie.putIfAbsent(lower, entry);
        canonical.putIfAbsent(lower, entry.role());
    }

    /** The longest role starting at token {@code i}; {@code lower} is the text lower-cased char by char. */
    Found at(CharSequence lower, List<Token> tokens, int i) {
        Found[] best = {null};
        int[] j = {i};
        trie.walk(lower, tokens.get(i).start(), tokens.get(tokens.size() - 1).end(), (end, entry) -> {
            while (j[0] < tokens.size() && tokens.get(j[0]).end() < end) {
                j[0]++;
            }
            if (j[0] < tokens.size() && tokens.get(j[0]).end() == end) {
                best[0] = new Found(i, j[0], entry.role(), entry.honorific());
            }
        });
        return best[0];
    }

    /** Lower-cases without changing length (String.toLowerCase may, e.g. for 'İ'). */
    static String lowerSameLength(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
