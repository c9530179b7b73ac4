package io.dateline.articles.dedup;

/** One LSH band of a signature: articles sharing any band key are candidate near-duplicates. */
public record BandKey(int band, long hash) {
}
