package io.dateline.articles.nlp;

import java.util.List;

/** Which candidate, if any, covers each token of a sentence. */
final class Coverage {

    private Coverage() {
    }

    /** {@code candidates} sorted by start. */
    static Candidate[] of(List<Token> tokens, List<Candidate> candidates) {
        Candidate[] covered = new Candidate[tokens.size()];
        if (tokens.isEmpty()) {
            return covered;
        }
        int from = firstEndingAfter(candidates, tokens.get(0).start());
        int sentenceEnd = tokens.get(tokens.size() - 1).end();
        for (int c = from; c < candidates.size() && candidates.get(c).start() < sentenceEnd; c++) {
            Candidate candidate = candidates.get(c);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (candidate.overlaps(t.start(), t.end())) {
                    covered[i] = candidate;
                }
            }
        }
        return covered;
    }

    private static int firstEndingAfter(List<Candidate> candidates, int offset) {
        int lo = 0;
        int hi = candidates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (candidates.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.max(0, lo - 1);
    }
}
