package io.dateline.events.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sparse, L2-normalised weight vector over terms, heaviest term first. Immutable. */
public final class TermVector {

    static final TermVector EMPTY = new TermVector(Map.of());

    private final Map<String, Double> weights;
    /** The terms by hash code (ties by term), with their weights: a dot product is one merge of two such lists. */
    private final int[] hashes;
    private final String[] terms;
    private final double[] values;

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
        List<Map.Entry<String, Double>> byHash = new ArrayList<>(weights.entrySet());
        byHash.sort(Comparator.comparingInt((Map.Entry<String, Double> e) -> e.getKey().hashCode())
                .thenComparing(Map.Entry::getKey));
        int n = byHash.size();
        this.hashes = new int[n];
        this.terms = new String[n];
        this.values = new double[n];
        for (int i = 0; i < n; i++) {
            terms[i] = byHash.get(i).getKey();
            hashes[i] = terms[i].hashCode();
            values[i] = byHash.get(i).getValue();
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
        return Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    }

    public double dot(TermVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < hashes.length && j < other.hashes.length) {
            int a = hashes[i];
            int b = other.hashes[j];
            if (a < b) {
                i++;
            } else if (a > b) {
                j++;
            } else {
                int iEnd = runEnd(hashes, i);
                int jEnd = runEnd(other.hashes, j);
                for (int x = i; x < iEnd; x++) {
                    for (int y = j; y < jEnd; y++) {
                        if (terms[x].equals(other.terms[y])) {
                            sum += values[x] * other.values[y];
                        }
                    }
                }
                i = iEnd;
                j = jEnd;
            }
        }
        return sum;
    }

    /** The end of the run of equal hash codes starting at {@code from} (collisions are rare). */
    private static int runEnd(int[] hashes, int from) {
        int end = from + 1;
        while (end < hashes.length && hashes[end] == hashes[from]) {
            end++;
        }
        return end;
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
