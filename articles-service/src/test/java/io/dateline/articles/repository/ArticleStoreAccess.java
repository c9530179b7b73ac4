package io.dateline.articles.repository;

/** Lets tests take the feed lock as a real writer does. */
public final class ArticleStoreAccess {

    public static final long FEED_LOCK = ArticleStore.FEED_LOCK;

    private ArticleStoreAccess() {
    }
}
