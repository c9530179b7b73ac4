package io.dateline.events.extract;

/** A lexicon entry matched in a sentence: the token indices its pattern words matched, and the lexicon lemma each was read as. */
record Trigger(LexiconEntry entry, int[] tokens, String[] lemmas) {

    /** The lexicon's lemma for a matched token (a sure base form for summaries), else null. */
    String lemmaOf(int token) {
        for (int k = 0; k < tokens.length; k++) {
            if (tokens[k] == token) {
                return lemmas[k];
            }
        }
        return null;
    }

    int first() {
        return tokens[0];
    }

    int last() {
        return tokens[tokens.length - 1];
    }

    /** The token that carries tense and modality: the first matched verb, else the first matched token. */
    int head(SentenceView s) {
        for (int t : tokens) {
            if (s.hasPos(t, 'V')) {
                return t;
            }
        }
        return tokens[0];
    }

    boolean overlaps(Trigger other) {
        for (int a : tokens) {
            for (int b : other.tokens) {
                if (a == b) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean covers(int token) {
        for (int t : tokens) {
            if (t == token) {
                return true;
            }
        }
        return false;
    }
}
