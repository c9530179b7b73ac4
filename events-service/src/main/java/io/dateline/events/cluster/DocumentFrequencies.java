package io.dateline.events.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * In how many articles each term occurs, learnt online from every article seen (and, optionally, a
 * background collection first), for inverse document frequencies. Persist it as {@link #documents()} and
 * {@link #counts()}.
 */
public final class DocumentFrequencies {

    private final Map<String, Integer> counts;
    private long documents;

    public DocumentFrequencies() {
        this(0, Map.of());
    }

    public DocumentFrequencies(long documents, Map<String, Integer> counts) {
        this.documents = documents;
        this.counts = new HashMap<>(counts);
    }

    public void add(Collection<String> terms) {
        documents++;
        for (String term : terms instanceof Set<String> set ? set : new HashSet<>(terms)) {
            counts.merge(term, 1, Integer::sum);
        }
    }

    /** Smoothed inverse document frequency; an unseen term weighs the most. */
    public double idf(String term) {
        return Math.log((documents + 1.0) / (counts.getOrDefault(term, 0) + 1.0)) + 1.0;
    }

    public long documents() {
        return documents;
    }

    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }
}
