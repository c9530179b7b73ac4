package io.dateline.events.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the lexicon's triggers in a sentence. Overlapping matches keep the most specific (most pattern
 * words, then the tightest); a control verb ("threatened to", "refused to", "demanded that") absorbs the triggers of its
 * complement, up to the next clause break, since the complement is not an event of its own.
 */
final class TriggerFinder {

    private static final int COMPLEMENT_REACH = 14;

    private final Lexicon lexicon;
    private final Cues cues;

    TriggerFinder(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    List<Trigger> find(SentenceView s) {
        List<Trigger> all = new ArrayList<>();
        for (LexiconEntry entry : lexicon.entries()) {
            for (int i = 0; i < s.size(); i++) {
                Trigger matched = entry.pattern().matchAt(entry, s, i);
                if (matched != null) {
                    all.add(matched);
                }
            }
        }
        all.sort(Comparator.comparingInt((Trigger t) -> -t.entry().pattern().weight())
                .thenComparingInt(t -> t.last() - t.first()).thenComparingInt(Trigger::first));
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : all) {
            if (kept.stream().noneMatch(k -> k.overlaps(t))) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(Trigger::first));
        return withoutRestatements(s, withoutComplements(s, kept));
    }

    /**
     * Drops a noun trigger in a prepositional phrase after a verb trigger of the same type: "wounded two
     * soldiers in a bomb attack" is one assault, told twice.
     */
    private List<Trigger> withoutRestatements(SentenceView s, List<Trigger> triggers) {
        List<Trigger> result = new ArrayList<>();
        for (Trigger t : triggers) {
            boolean restated = !s.hasPos(t.head(s), 'V') && s.pos(prepositionBefore(s, t.first())).equals("IN")
                    && result.stream().anyMatch(v -> v.entry().type() == t.entry().type() && s.hasPos(v.head(s), 'V'));
            if (!restated) {
                result.add(t);
            }
        }
        return result;
    }

    private static int prepositionBefore(SentenceView s, int i) {
        int j = RoleFinder.phraseStart(s, i) - 1;
        return Math.max(0, j);
    }

    private List<Trigger> withoutComplements(SentenceView s, List<Trigger> triggers) {
        List<Trigger> result = new ArrayList<>();
        int absorbedUntil = -1;
        for (Trigger t : triggers) {
            if (t.first() <= absorbedUntil) {
                continue;
            }
            result.add(t);
            if (t.entry().has("control")) {
                absorbedUntil = clauseEnd(s, t.last() + 1, COMPLEMENT_REACH);
            }
        }
        return result;
    }

    /** The last token of the clause that starts at {@code from}, looking at most {@code reach} tokens ahead. */
    int clauseEnd(SentenceView s, int from, int reach) {
        int end = Math.min(s.size(), from + reach);
        for (int i = from; i < end; i++) {
            if (s.isHardBreak(i) || cues.is("break", s, i)) {
                return i - 1;
            }
        }
        return end - 1;
    }
}
