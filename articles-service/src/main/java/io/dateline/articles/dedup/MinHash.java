package io.dateline.articles.dedup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash over word shingles with LSH banding (Broder 1997; Leskovec, Rajaraman and Ullman, ch. 3). The
 * fraction of equal signature values estimates the Jaccard similarity of two texts' shingle sets; texts that
 * agree on all rows of at least one band become candidates. Hashes are fixed (FNV-1a and SplitMix64 with
 * constant seeds), so signatures and band keys stay valid across restarts and can be stored.
 */
public final class MinHash {

    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private final int shingleWords;
    private final int bands;
    private final int rows;
    private final long[] seeds;

    /**
     * @param shingleWords words per shingle
     * @param bands        LSH bands; with {@code rows} rows each the signature has bands × rows values
     * @param rows         values per band; candidates are likely from a Jaccard of about (1/bands)^(1/rows)
     */
    public MinHash(int shingleWords, int bands, int rows) {
        this.shingleWords = shingleWords;
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        long state = 0x5DEECE66DL;
        for (int i = 0; i < seeds.length; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
    }

    /**
     * Five-word shingles, 42 bands of 3 rows: a pair with Jaccard 0.5 becomes a candidate with probability
     * 0.996, 0.3 with 0.68 (so shortened copies are still found), 0.1 with 0.04.
     */
    public static MinHash standard() {
        return new MinHash(5, 42, 3);
    }

    public Signature signature(String text) {
        return signature(TextWords.of(text));
    }

    /** The signature of a text already split by {@link TextWords}. */
    Signature signature(List<String> words) {
        long[] values = new long[seeds.length];
        Arrays.fill(values, Long.MAX_VALUE);
        long[] shingles = shingles(words);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(shingle ^ seeds[i]);
                if (h < values[i]) {
                    values[i] = h;
                }
            }
        }
        return new Signature(shingles.length, values);
    }

    public List<BandKey> bandKeys(Signature signature) {
        List<BandKey> keys = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            long h = 0xCBF29CE484222325L ^ b;
            for (int r = 0; r < rows; r++) {
                h = mix(h ^ signature.value(b * rows + r));
            }
            keys.add(new BandKey(b, h));
        }
        return keys;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets, 0..1. */
    public double similarity(Signature a, Signature b) {
        int same = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.value(i) == b.value(i)) {
                same++;
            }
        }
        return same / (double) a.length();
    }

    /**
     * Estimated share of the smaller text's shingles that the larger one also has (1 when one text is a
     * shortened copy of the other), from the Jaccard estimate J and the set sizes: |A∩B| = J (|A|+|B|) / (1+J).
     */
    public double containment(Signature a, Signature b) {
        long smaller = Math.min(a.shingles(), b.shingles());
        if (smaller == 0) {
            return 0;
        }
        double j = similarity(a, b);
        return Math.min(1.0, j * (a.shingles() + b.shingles()) / (1 + j) / smaller);
    }

    /** The distinct shingle hashes: FNV-1a of the shingle's words in UTF-8, joined by single spaces. */
    private long[] shingles(List<String> words) {
        if (words.isEmpty()) {
            return new long[0];
        }
        byte[][] utf8 = new byte[words.size()][];
        for (int i = 0; i < utf8.length; i++) {
            utf8[i] = words.get(i).getBytes(StandardCharsets.UTF_8);
        }
        int n = Math.max(1, words.size() - shingleWords + 1);
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            long h = FNV_OFFSET;
            for (int w = i; w < Math.min(utf8.length, i + shingleWords); w++) {
                if (w > i) {
                    h = (h ^ ' ') * FNV_PRIME;
                }
                for (byte b : utf8[w]) {
                    h = (h ^ (b & 0xFF)) * FNV_PRIME;
                }
            }
            hashes[i] = h;
        }
        return distinct(hashes);
    }

    private static long[] distinct(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** SplitMix64's finaliser: a fast, well-mixed 64-bit hash of a 64-bit value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
