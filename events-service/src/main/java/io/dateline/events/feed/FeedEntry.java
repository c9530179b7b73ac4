package io.dateline.events.feed;

/**
 * One entry of the articles-service feed, as documented in docs/feed.md. {@code article} and
 * {@code annotations} are null when {@code kind} is "deleted".
 */
public record FeedEntry(long seq, String kind, String articleId, int version, String recordedAt,
                        Article article, Annotations annotations) {

    /** The article with its annotations, or null for a deleted article. */
    public AnnotatedArticle annotatedArticle() {
        return article == null ? null : new AnnotatedArticle(article, annotations);
    }
}
