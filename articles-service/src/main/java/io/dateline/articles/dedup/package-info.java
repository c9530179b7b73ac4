/**
 * Exact and near-duplicate detection: a syndicated copy (other page furniture, another headline, small
 * edits, or a shortened version) links to the earliest copy; other reports of the same happening do not.
 *
 * <p>{@link io.dateline.articles.dedup.DuplicateDetector#fingerprint} gives the {@link
 * io.dateline.articles.dedup.ContentHash} (exact copies), the MinHash {@link
 * io.dateline.articles.dedup.Signature} over five-word shingles and its 42 LSH {@link
 * io.dateline.articles.dedup.BandKey}s. Stored in PostgreSQL: the hash and signature bytes with the article,
 * and one row per band key in {@code article_band(band, hash, article_id)} indexed on {@code (band, hash)}.
 * To check a new article: same content hash → exact copy; else the articles sharing any band key (a bounded
 * number) are candidates, and {@link io.dateline.articles.dedup.DuplicateDetector#isCopy} on the stored
 * signatures decides (estimated Jaccard ≥ 0.5, or ≥ 0.85 of the shorter text's shingles inside the longer);
 * the link goes to the candidate's own {@code duplicateOf} when it has one, so it always names the earliest
 * copy. The in-memory {@code DuplicateDetector} does exactly this for the evaluation and tests.
 */
package io.dateline.articles.dedup;
