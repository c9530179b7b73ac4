package io.dateline.articles.dedup;

import java.util.List;

/**
 * What is stored per article to find its copies later: the exact content hash, the MinHash signature and its
 * LSH band keys (rows of article_band(band, hash, article_id)). {@code comparable} is false for texts too
 * short to judge near-duplication by; those only match exactly.
 */
public record Fingerprint(String contentHash, Signature signature, List<BandKey> bandKeys, boolean comparable) {
}
