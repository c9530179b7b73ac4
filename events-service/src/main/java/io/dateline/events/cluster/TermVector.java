package io.dateline.events.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sparse, L2-normalised weight vector over terms, heaviest term first. Immutable. */
public final class TermVector {

    static final TermVector EMPTY = new TermVector(Map.of());

    private final Map<String, Double> weights;
    /** The terms' numbers with their weights, heaviest first, and the same sorted by number for merging. */
    private final int[] ids;
    private final double[] values;
    private final int[] sortedIds;
    private final double[] sortedValues;

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
        int n = weights.size();
        this.ids = new int[n];
        this.values = new double[n];
        int i = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            ids[i] = TermIds.of(e.getKey());
            values[i++] = e.getValue();
        }
        // each term's number above its place, so sorting the longs sorts the places by number (numbers are distinct)
        long[] order = new long[n];
        for (int k = 0; k < n; k++) {
            order[k] = (long) ids[k] << 32 | k;
        }
        Arrays.sort(order);
        this.sortedIds = new int[n];
        this.sortedValues = new double[n];
        for (int k = 0; k < n; k++) {
            int at = (int) order[k];
            sortedIds[k] = ids[at];
            sortedValues[k] = values[at];
        }
    }

    /** Keeps the {@code limit} heaviest terms (ties by term, so the result is deterministic) and normalises. */
    public static TermVector of(Map<String, Double> raw, int limit) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(raw.entrySet());
        entries.removeIf(e -> !(e.getValue() > 0));
        entries.sort(heaviestFirst());
        List<Map.Entry<String, Double>> kept = entries.subList(0, Math.min(limit, entries.size()));
        double norm = Math.sqrt(kept.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        if (norm == 0) {
            return EMPTY;
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        kept.forEach(e -> weights.put(e.getKey(), e.getValue() / norm));
        return new TermVector(Collections.unmodifiableMap(weights));
    }

    /** A vector exactly as it was: normalised weights, heaviest first. */
    static TermVector resume(LinkedHashMap<String, Double> weights) {
        return weights.isEmpty() ? EMPTY : new TermVector(Collections.unmodifiableMap(weights));
    }

    static Comparator<Map.Entry<String, Double>> heaviestFirst() {
        return (a, b) -> {
            int byWeight = Double.compare(b.getValue(), a.getValue());
            return byWeight != 0 ? byWeight : a.getKey().compareTo(b.getKey());
        };
    }

    public double dot(TermVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < sortedIds.length && j < other.sortedIds.length) {
            int a = sortedIds[i];
            int b = other.sortedIds[j];
            if (a < b) {
                i++;
            } else if (a > b) {
                j++;
            } else {
                sum += sortedValues[i++] * other.sortedValues[j++];
            }
        }
        return sum;
    }

    /** The dot product with a vector {@link #spread} over an array indexed by term number. */
    double dot(double[] spread) {
        double sum = 0;
        for (int i = 0; i < ids.length; i++) {
            sum += values[i] * spread[ids[i]];
        }
        return sum;
    }

    /** Writes the weights into an array indexed by term number (at least {@link TermIds#size()} long). */
    void spread(double[] into) {
        for (int i = 0; i < ids.length; i++) {
            into[ids[i]] = values[i];
        }
    }

    /** Zeroes what {@link #spread} wrote. */
    void unspread(double[] from) {
        for (int id : ids) {
            from[id] = 0;
        }
    }

    /** Terms with their weights, heaviest first. */
    public Map<String, Double> weights() {
        return weights;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The {@code n} heaviest terms. */
    public List<String> topTerms(int n) {
        return weights.keySet().stream().limit(n).toList();
    }
}
