package io.dateline.articles.nlp;

import java.util.HashSet;
import java.util.Set;

/**
 * Word lists that tell names apart: given names (a run starting with one is a person),
 * organisation words (a run ending with one is an organisation), words that are never part of a
 * person's name, and speech verbs.
 */
final class NameCues {

    private final Set<String> givenNames = words("nlp/given-names.txt");
    private final Set<String> organisationWords = words("nlp/organisation-words.txt");
    private final Set<String> notNames = words("nlp/not-names.txt");
    private final Set<String> speechVerbs = words("nlp/speech-verbs.txt");

    private static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : Lexicon.lines(resource)) {
            for (String w : line.strip().split("\\s+")) {
                words.add(w);
            }
        }
        return words;
    }

    boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    boolean isOrganisationWord(String word) {
        return organisationWords.contains(word);
    }

    boolean isNotName(String word) {
        return notNames.contains(word);
    }

    boolean isSpeechVerb(String lowerWord) {
        return speechVerbs.contains(lowerWord);
    }
}
