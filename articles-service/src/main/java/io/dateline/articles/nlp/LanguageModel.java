package io.dateline.articles.nlp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.StringTokenizer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * OpenNLP's language-detection model (a GIS maxent model over character 1-3-grams) read from its
 * model file into flat arrays. OpenNLP's own reader keeps an object and a map entry per n-gram:
 * about 32 MB for this model, against 15 MB here, and scoring allocates nothing per n-gram.
 * Scores are the model's: a uniform prior, the weights of every distinct known n-gram, softmax.
 */
final class LanguageModel {

    private static final String ENTRY = "langdetect.model";

    private final String[] outcomes;
    /** Open addressing: an n-gram packed into a long (see {@link #key}), 0 for an empty slot. */
    private final long[] keys;
    private final int[] predicateOfSlot;
    /** The weights of predicate p are {@code weights[weightStart[p] .. weightStart[p + 1])}. */
    private final int[] weightStart;
    private final double[] weights;
    private final byte[] outcomeOfWeight;
    private final double logPrior;

    private LanguageModel(String[] outcomes, String[] predicates, int[][] patterns, DataInputStream in) throws IOException {
        if (outcomes.length > Byte.MAX_VALUE) {
            throw new IOException("too many outcomes for this reader: " + outcomes.length);
        }
        this.outcomes = outcomes;
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
        int slots = Integer.highestOneBit((int) (predicates.length / 0.6)) << 1;   // load 0.3-0.6
        keys = new long[slots];
        predicateOfSlot = new int[slots];
        for (int p = 0; p < predicates.length; p++) {
            insert(key(predicates[p]), p);
        }
        weightStart = new int[predicates.length + 1];
        int total = 0;
        int p = 0;
        for (int[] pattern : patterns) {
            for (int j = 0; j < pattern[0]; j++) {
                weightStart[p++] = total;
                total += pattern.length - 1;
            }
        }
        weightStart[p] = total;
        weights = new double[total];
        outcomeOfWeight = new byte[total];
        int w = 0;
        for (int[] pattern : patterns) {
            for (int j = 0; j < pattern[0]; j++) {
                for (int k = 1; k < pattern.length; k++) {
                    outcomeOfWeight[w] = (byte) pattern[k];
                    weights[w++] = in.readDouble();
                }
            }
        }
    }

    /** Reads the model from an OpenNLP model package (a zip holding {@value #ENTRY}). */
    static LanguageModel read(InputStream modelPackage) throws IOException {
        ZipInputStream zip = new ZipInputStream(modelPackage);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().equals(ENTRY)) {
                return readGis(new DataInputStream(new BufferedInputStream(zip, 1 << 16)));
            }
        }
        throw new IOException("no " + ENTRY + " in the model package");
    }

    private static LanguageModel readGis(DataInputStream in) throws IOException {
        String type = in.readUTF();
        if (!type.equals("GIS")) {
            throw new IOException("not a GIS model: " + type);
        }
        in.readInt();      // correction constant, unused since OpenNLP 1.8
        in.readDouble();   // correction parameter, unused
        String[] outcomes = strings(in);
        int[][] patterns = new int[in.readInt()][];
        for (int i = 0; i < patterns.length; i++) {
            StringTokenizer t = new StringTokenizer(in.readUTF(), " ");
            patterns[i] = new int[t.countTokens()];
            for (int j = 0; t.hasMoreTokens(); j++) {
                patterns[i][j] = Integer.parseInt(t.nextToken());
            }
        }
        return new LanguageModel(outcomes, strings(in), patterns, in);
    }

    private static String[] strings(DataInputStream in) throws IOException {
        String[] s = new String[in.readInt()];
        for (int i = 0; i < s.length; i++) {
            s[i] = in.readUTF();
        }
        return s;
    }

    String outcome(int i) {
        return outcomes[i];
    }

    /**
     * The probability of each outcome for a normalised text: its character 1-3-grams, lower-cased
     * code point by code point as OpenNLP does, each distinct n-gram counted once.
     */
    double[] score(CharSequence normalised) {
        char[] text = lowerCase(normalised);
        int[] found = new int[text.length * 3];
        int n = 0;
        for (int length = 1; length <= 3; length++) {
            for (int i = 0; i + length <= text.length; i++) {
                long key = key(text, i, length);
                int p = key == 0 ? -1 : lookup(key);
                if (p >= 0) {
                    found[n++] = p;
                }
            }
        }
        Arrays.sort(found, 0, n);
        double[] sums = new double[outcomes.length];
        Arrays.fill(sums, logPrior);
        for (int i = 0; i < n; i++) {
            if (i > 0 && found[i] == found[i - 1]) {
                continue;
            }
            int p = found[i];
            for (int w = weightStart[p]; w < weightStart[p + 1]; w++) {
                sums[outcomeOfWeight[w]] += weights[w];
            }
        }
        return FlatMaxent.normalised(sums);
    }

    private static char[] lowerCase(CharSequence s) {
        char[] out = new char[s.length()];
        int at = 0;
        for (int i = 0; i < s.length() && at < out.length; ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            at += Character.toChars(Character.toLowerCase(cp), out, at);
        }
        return out;
    }

    /** Up to three UTF-16 units in one long; 0 when the n-gram holds a NUL and so cannot be packed. */
    private static long key(char[] text, int from, int length) {
        long key = 0;
        for (int k = 0; k < length; k++) {
            char c = text[from + k];
            if (c == 0) {
                return 0;
            }
            key |= (long) c << (16 * k);
        }
        return key;
    }

    private static long key(String predicate) throws IOException {
        long key = predicate.length() <= 3 ? key(predicate.toCharArray(), 0, predicate.length()) : 0;
        if (key == 0) {
            throw new IOException("an n-gram this reader cannot pack: " + predicate);
        }
        return key;
    }

    private void insert(long key, int predicate) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        predicateOfSlot[slot] = predicate;
    }

    private int lookup(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return predicateOfSlot[slot];
            }
        }
        return -1;
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
}
