package io.dateline.articles.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds exact and near-duplicate copies of an article among those added before, through the content hash
 * and the LSH band index (never a scan of all articles), and links each copy to the earliest one. This is
 * the in-memory index; the articles-service keeps the same fingerprints in its database.
 */
public final class DuplicateDetector {

    private record Entry(String articleId, Signature signature, String duplicateOf) {
        String root() {
            return duplicateOf == null ? articleId : duplicateOf;
        }
    }

    private final MinHash minHash;
    private final double threshold;
    private final double containment;
    private final int minWords;
    private final int maxCandidates;
    private final Map<String, Entry> byHash = new HashMap<>();
    private final Map<BandKey, List<Entry>> byBand = new HashMap<>();

    /**
     * @param threshold     least estimated Jaccard similarity of word shingles for a near-duplicate
     * @param containment   least share of the shorter text's shingles found in the longer one, for a
     *                      shortened or trimmed copy
     * @param minWords      texts with fewer words only match exactly
     * @param maxCandidates candidates compared per article (the earliest found first)
     */
    public DuplicateDetector(MinHash minHash, double threshold, double containment, int minWords, int maxCandidates) {
        this.minHash = minHash;
        this.threshold = threshold;
        this.containment = containment;
        this.minWords = minWords;
        this.maxCandidates = maxCandidates;
    }

    public static DuplicateDetector standard() {
        return new DuplicateDetector(MinHash.standard(), 0.5, 0.85, 25, 64);
    }

    public Fingerprint fingerprint(String text) {
        List<String> words = TextWords.of(text);
        Signature signature = minHash.signature(words);
        return new Fingerprint(ContentHash.ofWords(words), signature, minHash.bandKeys(signature), words.size() >= minWords);
    }

    /** The earliest earlier copy of this text, if any. */
    public Optional<DuplicateMatch> find(Fingerprint f) {
        Entry same = byHash.get(f.contentHash());
        if (same != null) {
            return Optional.of(new DuplicateMatch(same.root(), 1.0, true));
        }
        if (!f.comparable()) {
            return Optional.empty();
        }
        DuplicateMatch best = null;
        for (Entry candidate : candidates(f)) {
            double similarity = minHash.similarity(f.signature(), candidate.signature());
            if (isCopy(f.signature(), candidate.signature()) && (best == null || similarity > best.similarity())) {
                best = new DuplicateMatch(candidate.root(), similarity, false);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether two comparable texts are copies of one another: mostly the same shingles, or one inside the other. */
    public boolean isCopy(Signature a, Signature b) {
        return minHash.similarity(a, b) >= threshold || minHash.containment(a, b) >= containment;
    }

    /** Records an article, linked to {@code duplicateOf} (null for an original). */
    public void add(String articleId, Fingerprint f, String duplicateOf) {
        Entry entry = new Entry(articleId, f.signature(), duplicateOf);
        byHash.putIfAbsent(f.contentHash(), entry);
        if (f.comparable()) {
            for (BandKey key : f.bandKeys()) {
                byBand.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** Finds the earliest copy, records the article with that link and returns it. */
    public Optional<DuplicateMatch> check(String articleId, String text) {
        Fingerprint f = fingerprint(text);
        Optional<DuplicateMatch> match = find(f);
        add(articleId, f, match.map(DuplicateMatch::articleId).orElse(null));
        return match;
    }

    private Set<Entry> candidates(Fingerprint f) {
        Set<Entry> found = new LinkedHashSet<>();
        for (BandKey key : f.bandKeys()) {
            for (Entry e : byBand.getOrDefault(key, List.of())) {
                if (found.size() >= maxCandidates) {
                    return found;
                }
                found.add(e);
            }
        }
        return found;
    }

    public MinHash minHash() {
        return minHash;
    }
}
