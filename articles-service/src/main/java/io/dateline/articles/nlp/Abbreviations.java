package io.dateline.articles.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Abbreviations that end in a period ("U.S.", "Jan.", "Gen.", "p.m."), from nlp/abbreviations.tsv.
 * A title ("Mr.", "Gen.") is always followed by a name, so it never ends a sentence.
 */
final class Abbreviations {

    enum Kind { TITLE, OTHER }

    private final Map<String, Kind> kinds = new HashMap<>();
    private final Set<String> sentenceStarters;

    Abbreviations() {
        for (String[] row : Lexicon.rows("nlp/abbreviations.tsv", 2)) {
            kinds.put(row[0], "title".equals(row[1]) ? Kind.TITLE : Kind.OTHER);
        }
        sentenceStarters = Set.copyOf(Lexicon.lines("nlp/sentence-starters.txt").stream().map(String::strip).toList());
    }

    Kind kind(String word) {
        return kinds.get(word);
    }

    boolean contains(String word) {
        return kinds.containsKey(word);
    }

    /** Words that usually begin a sentence ("The", "He", "But"): after "U.S." they mean a new sentence. */
    boolean startsSentence(String word) {
        return sentenceStarters.contains(word);
    }
}
