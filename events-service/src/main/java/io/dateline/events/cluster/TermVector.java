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

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
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

    static Comparator<Map.Entry<String, Double>> heaviestFirst() {
        return Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    }

    public double dot(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double sum = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
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
