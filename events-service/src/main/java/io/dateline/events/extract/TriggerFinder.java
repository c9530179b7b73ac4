package io.dateline.events.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the lexicon's triggers in a sentence. Overlapping matches keep the most specific (most pattern
 * words, then the tightest); a control verb ("threatened to", "refused to", "demanded that") absorbs the triggers of its
 * complement, up to the next clause break, since the complement is not an event of its own.
 */
final class TriggerFinder {

    private static final int COMPLEMENT_REACH = 14;

    private final Lexicon lexicon;
    private final Cues cues;
    /** Lexicon entries (by position) whose first word may be read from a token with this lemma, text or stem. */
    private final Map<String, int[]> byWord;
    private final Map<String, int[]> byStem;

    TriggerFinder(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
        Map<String, List<Integer>> words = new HashMap<>();
        Map<String, List<Integer>> stems = new HashMap<>();
        for (int e = 0; e < lexicon.entries().size(); e++) {
            TriggerPattern.Element first = lexicon.entries().get(e).pattern().elements().get(0);
            if (first.isGap()) {
                throw new IllegalArgumentException("a lexicon pattern starts with a word, not a gap: "
                        + lexicon.entries().get(e).source());
            }
            for (String lemma : first.lemmas()) {
                words.computeIfAbsent(lemma, k -> new ArrayList<>()).add(e);
            }
            for (String stem : first.byStem().keySet()) {
                stems.computeIfAbsent(stem, k -> new ArrayList<>()).add(e);
            }
        }
        this.byWord = frozen(words);
        this.byStem = frozen(stems);
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> index) {
        Map<String, int[]> out = new HashMap<>();
        index.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
        return Map.copyOf(out);
    }

    List<Trigger> find(SentenceView s) {
        List<Trigger> all = new ArrayList<>();
        for (long candidate : candidates(s)) {
            LexiconEntry entry = lexicon.entries().get((int) (candidate >>> 32));
            Trigger matched = entry.pattern().matchAt(entry, s, (int) candidate);
            if (matched != null) {
                all.add(matched);
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
     * The (entry, token) pairs where a pattern may start, as entry << 32 | token, in lexicon order then text
     * order (the order ties are kept in): only entries whose first word the token can be read as.
     */
    private long[] candidates(SentenceView s) {
        Pairs pairs = new Pairs();
        for (int i = 0; i < s.size(); i++) {
            pairs.add(byWord.get(s.lemma(i)), i);
            pairs.add(byWord.get(s.lower(i)), i);
            pairs.add(byStem.get(s.lowerStem(i)), i);
            pairs.add(byStem.get(s.lemmaStem(i)), i);
        }
        return pairs.sortedDistinct();
    }

    /** A growing array of (entry, token) pairs, without boxing each. */
    private static final class Pairs {
        private long[] values = new long[16];
        private int size;

        void add(int[] entries, int token) {
            if (entries == null) {
                return;
            }
            for (int e : entries) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size++] = (long) e << 32 | token;
            }
        }

        long[] sortedDistinct() {
            Arrays.sort(values, 0, size);
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (kept == 0 || values[i] != values[kept - 1]) {
                    values[kept++] = values[i];
                }
            }
            return Arrays.copyOf(values, kept);
        }
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
