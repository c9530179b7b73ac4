package io.dateline.articles.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Number words, multipliers, vague plurals, approximators and counted nouns (nlp/number-words.tsv, nlp/units.tsv). */
final class NumberWords {

    enum Kind { UNIT, MULTIPLIER, APPROX }

    record Word(double value, Kind kind) {
    }

    private final Map<String, Word> words = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();
    private final Set<String> approximators = new HashSet<>();

    NumberWords() {
        for (String[] row : Lexicon.rows("nlp/number-words.tsv", 3)) {
            words.put(row[0], new Word(Double.parseDouble(row[1]), Kind.valueOf(row[2].toUpperCase(Locale.ROOT))));
        }
        for (String[] row : Lexicon.rows("nlp/units.tsv", 2)) {
            units.put(row[0], row[1]);
        }
        Lexicon.lines("nlp/approximators.txt").forEach(line -> approximators.add(line.strip()));
    }

    Word word(String lower) {
        return words.get(lower);
    }

    /** The unit a counted noun's lemma stands for ("jet" → "aircraft"), or null. */
    String unit(String lemma) {
        return units.get(lemma);
    }

    boolean isApproximator(String lowerPhrase) {
        return approximators.contains(lowerPhrase);
    }
}
