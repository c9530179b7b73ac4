package io.dateline.articles.nlp.time;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One text read once for all the gated patterns: for each pattern, the positions where it may
 * start ({@link GatedPattern#mayStartAt}), so that no pattern walks the text itself. A pattern
 * whose cue words are all absent gets none.
 */
final class TextScan {

    /** Which patterns admit each character below this; the rare ones above are asked one by one. */
    private static final int TABLE = 0x3000;

    /** The shared part: the patterns and, per character, the bit set of those whose gate admits it. */
    static final class Gates {

        private final List<GatedPattern> patterns;
        private final long[] admitting = new long[TABLE];
        /** Per pair of character codes, the patterns whose openers may begin with it. */
        private final long[] opening = new long[GatedPattern.CODES * GatedPattern.CODES];
        private final long wordStarts;

        Gates(List<GatedPattern> patterns) {
            if (patterns.size() > Long.SIZE) {
                throw new IllegalArgumentException("at most 64 gated patterns");
            }
            this.patterns = List.copyOf(patterns);
            long starts = 0;
            for (int p = 0; p < patterns.size(); p++) {
                if (patterns.get(p).startsAtWord()) {
                    starts |= 1L << p;
                }
                for (char c = 0; c < TABLE; c++) {
                    if (patterns.get(p).admits(c)) {
                        admitting[c] |= 1L << p;
                    }
                }
                for (int pair = 0; pair < opening.length; pair++) {
                    if (patterns.get(p).mayOpenWith(pair / GatedPattern.CODES, pair % GatedPattern.CODES)) {
                        opening[pair] |= 1L << p;
                    }
                }
            }
            wordStarts = starts;
        }

        private long admitting(char c) {
            if (c < TABLE) {
                return admitting[c];
            }
            long bits = 0;
            for (int p = 0; p < patterns.size(); p++) {
                if (patterns.get(p).admits(c)) {
                    bits |= 1L << p;
                }
            }
            return bits;
        }
    }

    private final String text;
    private final String lowerCase;
    private final Map<GatedPattern, int[]> starts = new IdentityHashMap<>();

    TextScan(String text, Gates gates) {
        this.text = text;
        this.lowerCase = text.toLowerCase(Locale.ROOT);
        int count = gates.patterns.size();
        long searched = 0;
        for (int p = 0; p < count; p++) {
            if (gates.patterns.get(p).possibleIn(lowerCase)) {
                searched |= 1L << p;
            }
        }
        int[][] positions = new int[count][8];
        int[] sizes = new int[count];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            long bits = gates.admitting(c) & searched;
            if (bits != 0 && i > 0 && GatedPattern.asciiWord(c) && GatedPattern.asciiWord(text.charAt(i - 1))) {
                bits &= ~gates.wordStarts;
            }
            if (bits != 0) {
                bits &= gates.opening[GatedPattern.pairCode(text, i)];
            }
            for (; bits != 0; bits &= bits - 1) {
                int p = Long.numberOfTrailingZeros(bits);
                if (!gates.patterns.get(p).fitsAt(text, i)) {
                    continue;
                }
                if (sizes[p] == positions[p].length) {
                    positions[p] = Arrays.copyOf(positions[p], sizes[p] * 2);
                }
                positions[p][sizes[p]++] = i;
            }
        }
        for (int p = 0; p < count; p++) {
            starts.put(gates.patterns.get(p), Arrays.copyOf(positions[p], sizes[p]));
        }
    }

    String text() {
        return text;
    }

    /** Where {@code pattern} (one of the gates') may start, in text order. */
    int[] startsOf(GatedPattern pattern) {
        int[] found = starts.get(pattern);
        if (found == null) {
            throw new IllegalArgumentException("not one of the scanned patterns");
        }
        return found;
    }
}
