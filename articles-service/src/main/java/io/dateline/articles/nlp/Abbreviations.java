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
    /** The characters abbreviations end with (a period): a word ending otherwise needs no lookup. */
    private final String finals;
    private final Set<String> sentenceStarters;

    Abbreviations() {
        StringBuilder finals = new StringBuilder();
        for (String[] row : Lexicon.rows("nlp/abbreviations.tsv", 2)) {
            kinds.put(row[0], "title".equals(row[1]) ? Kind.TITLE : Kind.OTHER);
            char last = row[0].isEmpty() ? ' ' : row[0].charAt(row[0].length() - 1);
            if (finals.indexOf(String.valueOf(last)) < 0) {
                finals.append(last);
            }
        }
        this.finals = finals.toString();
        sentenceStarters = Set.copyOf(Lexicon.lines("nlp/sentence-starters.txt").stream().map(String::strip).toList());
    }

    Kind kind(String word) {
        return kinds.get(word);
    }

    /** The kind of the word {@code text[start, end)}, or null; cheaper than {@link #kind(String)} for most words. */
    Kind kindAt(String text, int start, int end) {
        if (end <= start || finals.indexOf(text.charAt(end - 1)) < 0) {
            return end <= start ? kinds.get("") : null;
        }
        return kinds.get(text.substring(start, end));
    }

    boolean contains(String word) {
        return kinds.containsKey(word);
    }

    /** Words that usually begin a sentence ("The", "He", "But"): after "U.S." they mean a new sentence. */
    boolean startsSentence(String word) {
        return sentenceStarters.contains(word);
    }
}
