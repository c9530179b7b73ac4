package io.dateline.articles.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import io.dateline.articles.Article;

/** Reads the feed: entries after a sequence number, with the article and annotations they carry. */
@ApplicationScoped
public class FeedLog {

    /** One feed entry with the article's current state (null once deleted) and its annotations' JSON as stored. */
    public record Entry(long seq, String kind, UUID articleId, Integer version, OffsetDateTime recordedAt,
                        Article article, String annotations) {
    }

    private final Pool pool;

    public FeedLog(Pool pool) {
        this.pool = pool;
    }

    /**
     * Entries commit in seq order (writers take the feed lock, see ArticleStore), so what a reader
     * sees is always a prefix of the log and no entry is passed over (docs/feed.md).
     */
    public Uni<List<Entry>> after(long after, int limit) {
        return pool.preparedQuery("""
                        select f.seq, f.kind, f.article_id, f.version, f.recorded_at, a.id, a.url, a.source, a.title,
                               a.published_at, a.language, a.text, a.dateline_place, a.dateline_agency, a.authors,
                               a.duplicate_of, a.content_hash, a.ingested_at, a.version as article_version, n.annotations
                        from feed_entry f
                        left join article a on a.id = f.article_id and f.kind <> 'deleted'
                        left join article_annotations n on n.article_id = a.id
                        where f.seq > $1
                        order by f.seq limit $2""")
                .execute(Tuple.of(after, limit))
                .map(rows -> {
                    List<Entry> entries = new ArrayList<>();
                    for (Row r : rows) {
                        entries.add(new Entry(r.getLong("seq"), r.getString("kind"), r.getUUID("article_id"),
                                r.getInteger("version"), r.getOffsetDateTime("recorded_at"),
                                r.getUUID("id") == null ? null : articleOf(r),
                                r.getString("annotations")));
                    }
                    return entries;
                });
    }

    static Article articleOf(Row r) {
        Article a = new Article();
        a.id = r.getUUID("id");
        a.url = r.getString("url");
        a.source = r.getString("source");
        a.title = r.getString("title");
        a.publishedAt = r.getOffsetDateTime("published_at");
        a.language = r.getString("language");
        a.text = r.getString("text");
        a.datelinePlace = r.getString("dateline_place");
        a.datelineAgency = r.getString("dateline_agency");
        a.authors = r.getArrayOfStrings("authors");
        a.duplicateOf = r.getUUID("duplicate_of");
        a.contentHash = r.getString("content_hash");
        a.ingestedAt = r.getOffsetDateTime("ingested_at");
        a.version = r.getInteger("article_version");
        return a;
    }

    /** The highest sequence number written so far (visible or not yet). */
    public Uni<Long> head() {
        return pool.query("select coalesce(max(seq), 0) from feed_entry").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }
}
