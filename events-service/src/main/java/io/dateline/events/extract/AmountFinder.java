package io.dateline.events.extract;

import io.dateline.events.feed.Quantity;
import java.util.List;

/**
 * Attaches what an event involves: an annotated quantity near the trigger ("8,500 troops"), else the object
 * noun phrase when its head is a force or materiel noun ("a frigate" is one frigate, "fighter planes" an
 * unknown number of planes).
 */
final class AmountFinder {

    private static final int REACH = 10;
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    private final Cues cues;

    AmountFinder(Cues cues) {
        this.cues = cues;
    }

    Amount find(SentenceView s, int head, int clauseEnd, List<Quantity> quantities) {
        Quantity best = null;
        int from = s.startOffset(head);
        int to = s.token(Math.min(s.size() - 1, Math.min(clauseEnd, head + REACH))).end();
        for (Quantity q : quantities) {
            if (q.start() > from && q.end() <= to && (best == null || q.start() < best.start())) {
                best = q;
            }
        }
        if (best != null) {
            return new Amount(best.value(), best.unit(), best.text());
        }
        return objectPhrase(s, head, clauseEnd);
    }

    private Amount objectPhrase(SentenceView s, int head, int clauseEnd) {
        for (int i = head + 1; i <= Math.min(clauseEnd, head + 7) && i < s.size(); i++) {
            if (s.pos(i).startsWith("NN") && cues.is("force", s, i)) {
                int end = i + 1;
                while (end < s.size() && s.pos(end).startsWith("NN") && cues.is("force", s, end)) {
                    end++;
                }
                int start = RoleFinder.phraseStart(s, i);
                return new Amount(count(s, start, end), s.lemma(end - 1), s.span(start, end));
            }
            if (s.isHardBreak(i)) {
                break;
            }
        }
        return null;
    }

    private static Double count(SentenceView s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.pos(i).equals("CD")) {
                int word = NUMBER_WORDS.indexOf(s.lower(i));
                if (word >= 0) {
                    return (double) word;
                }
                try {
                    return Double.parseDouble(s.lower(i).replace(",", ""));
                } catch (NumberFormatException notANumber) {
                    return null;
                }
            }
            if (s.lower(i).equals("a") || s.lower(i).equals("an") || s.lower(i).equals("one")) {
                return 1.0;
            }
        }
        return null;
    }
}
