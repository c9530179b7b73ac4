package io.dateline.articles.dedup;

/** The earliest known copy of an article: its id, the estimated similarity, and whether the text is identical. */
public record DuplicateMatch(String articleId, double similarity, boolean exact) {
}
