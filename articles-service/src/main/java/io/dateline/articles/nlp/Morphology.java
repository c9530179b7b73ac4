package io.dateline.articles.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * English inflection that rules alone cannot know: irregular verbs and nouns
 * (nlp/irregular-verbs.tsv, nlp/irregular-nouns.tsv) and closed-class words with their Penn tag
 * (nlp/closed-class.tsv).
 */
final class Morphology {

    private final Map<String, String> verbBase = new HashMap<>();
    private final Set<String> pastTense = new HashSet<>();
    private final Set<String> participles = new HashSet<>();
    private final Map<String, String> nounSingular = new HashMap<>();
    private final Map<String, String> closedClassTag = new HashMap<>();
    private final Map<String, String> closedClassLemma = new HashMap<>();

    Morphology() {
        for (String[] row : Lexicon.rows("nlp/irregular-verbs.tsv", 3)) {
            for (String past : Lexicon.list(row[1])) {
                verbBase.put(past, row[0]);
                pastTense.add(past);
            }
            for (String participle : Lexicon.list(row[2])) {
                verbBase.put(participle, row[0]);
                participles.add(participle);
            }
        }
        for (String[] row : Lexicon.rows("nlp/irregular-nouns.tsv", 2)) {
            nounSingular.put(row[1], row[0]);
        }
        for (String[] row : Lexicon.rows("nlp/closed-class.tsv", 3)) {
            closedClassTag.put(row[0], row[1]);
            closedClassLemma.put(row[0], row[2].isEmpty() ? row[0] : row[2]);
        }
    }

    /** The Penn tag of a closed-class word ("will" MD, "his" PRP$), or null. */
    String closedClassTag(String lower) {
        return closedClassTag.get(lower);
    }

    String closedClassLemma(String lower) {
        return closedClassLemma.get(lower);
    }

    boolean isIrregularPast(String lower) {
        return pastTense.contains(lower);
    }

    boolean isIrregularParticiple(String lower) {
        return participles.contains(lower);
    }

    /** The base form of an irregular verb form ("went" → "go"), or null. */
    String irregularVerbBase(String lower) {
        return verbBase.get(lower);
    }

    /** The singular of an irregular plural ("women" → "woman"), or null. */
    String irregularSingular(String lower) {
        return nounSingular.get(lower);
    }
}
