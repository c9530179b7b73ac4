package io.dateline.articles.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.dateline.articles.Article;
import io.dateline.articles.repository.GroupSave.Written;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

/**
 * Writes articles with the reactive SQL client: one transaction stores a group of articles with
 * their raw inputs, near-duplicate bands, annotations and feed entries, so none exists without the others.
 */
@ApplicationScoped
public class ArticleStore {

    /** Everything stored for one version of an article. */
    public record ArticleRecord(String url, String source, String title, OffsetDateTime publishedAt, String language,
                                String text, String datelinePlace, String datelineAgency, List<String> authors,
                                String contentHash, byte[] minhash, long[] bands, List<CatalogEntity> entities,
                                UUID duplicateOf, String format, String raw, String annotations) {

        /** The same version linked to its near-duplicate original (null: none). */
        public ArticleRecord withDuplicateOf(UUID original) {
            return new ArticleRecord(url, source, title, publishedAt, language, text, datelinePlace, datelineAgency,
                    authors, contentHash, minhash, bands, entities, original, format, raw, annotations);
        }

        /** What the search's entity filter matches: ids and lower-cased names. */
        List<String> entityKeys() {
            List<String> keys = new ArrayList<>();
            for (CatalogEntity e : entities) {
                keys.add(e.id());
                keys.add("name:" + e.name().toLowerCase(java.util.Locale.ROOT));
            }
            return keys;
        }
    }

    /** An entity an article mentions, for the catalogue. */
    public record CatalogEntity(String id, String name, String type, String country, String role, String affiliation,
                                List<String> aliases, int mentions) {
    }

    /** What a save did. */
    public enum Outcome { CREATED, UNCHANGED, UPDATED }

    /** {@code feedSeq} is the feed entry that carries this state: once the events side has applied it, the article's events exist. */
    public record Saved(UUID id, Outcome outcome, UUID duplicateOf, long feedSeq) {
    }

    /** A stored article that may be a near-duplicate of a new one. */
    public record Candidate(UUID id, byte[] minhash, UUID duplicateOf) {
    }

    /** The advisory lock key that orders feed commits ("feed" in ASCII). */
    static final long FEED_LOCK = 0x66656564L;

    private final Pool pool;

    public ArticleStore(Pool pool) {
        this.pool = pool;
    }

    /** Chooses an article's near-duplicate original among the stored candidates its bands found. */
    @FunctionalInterface
    public interface DuplicateLinker {
        ArticleRecord link(ArticleRecord article, List<Candidate> candidates);
    }

    /**
     * Saves articles in order in one transaction with one commit and one feed lock, answering each
     * one's outcome in the same order. Each sees the ones before it (a repeat of an earlier one in
     * the same call is unchanged; a near-duplicate of it links to it). Fails as a whole.
     */
    public Uni<List<Saved>> saveAll(List<ArticleRecord> articles, DuplicateLinker linker) {
        return pool.withTransaction(conn -> new GroupSave(conn, linker).save(articles).chain(written -> feed(conn, written)));
    }

    private static final String ARTICLE_COLUMNS = """
            a.id, a.url, a.source, a.title, a.published_at, a.language, a.text, a.dateline_place,
            a.dateline_agency, a.authors, a.duplicate_of, a.content_hash, a.ingested_at, a.version as article_version""";

    public Uni<Article> find(UUID id) {
        return pool.preparedQuery("select " + ARTICLE_COLUMNS + " from article a where a.id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? FeedLog.articleOf(rows.iterator().next()) : null);
    }

    /** The annotations' JSON as stored (docs/feed.md), or null. */
    public Uni<String> annotations(UUID id) {
        return pool.preparedQuery("select annotations from article_annotations where article_id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getString(0) : null);
    }

    /** An input exactly as received, with the format it arrived in. */
    public record RawInput(String format, String raw) {
    }

    /** The latest raw input of an article. */
    public Uni<RawInput> raw(UUID id) {
        return pool.preparedQuery("""
                        select content_type, raw from article_version where article_id = $1
                        order by version desc limit 1""")
                .execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext()
                        ? new RawInput(rows.iterator().next().getString(0), rows.iterator().next().getString(1))
                        : null);
    }

    public Uni<Boolean> delete(UUID id) {
        return pool.withTransaction(conn -> conn.preparedQuery("delete from article where id = $1 returning version")
                .execute(Tuple.of(id))
                .chain(rows -> rows.rowCount() == 0 ? Uni.createFrom().item(false)
                        : feed(conn, List.of(new Written(id, Outcome.UPDATED, null, "deleted", null, null))).replaceWith(true)));
    }

    /**
     * Writes the feed entries last, under a transaction-scoped lock held until commit: entries take
     * their seq and commit one batch after another, so a reader never sees a higher seq before a
     * lower one that is still to commit (docs/feed.md). The lock is held only for the commit itself.
     */
    private Uni<List<Saved>> feed(SqlConnection conn, List<Written> written) {
        List<Tuple> entries = new ArrayList<>();
        for (Written w : written) {
            if (w.kind() != null) {
                entries.add(Tuple.of(w.id(), w.kind(), w.version()));
            }
        }
        if (entries.isEmpty()) {
            return Uni.createFrom().item(withSeqs(written, null));
        }
        return conn.query("select pg_advisory_xact_lock(" + FEED_LOCK + ")").execute()
                .chain(() -> conn.preparedQuery("insert into feed_entry (article_id, kind, version) values ($1, $2, $3) returning seq")
                        .executeBatch(entries))
                .map(rows -> withSeqs(written, rows));
    }

    /** Gives each outcome its feed seq: a new entry's, else the latest before it (possibly one written just now). */
    private static List<Saved> withSeqs(List<Written> written, RowSet<Row> newEntries) {
        List<Saved> saved = new ArrayList<>(written.size());
        Map<UUID, Long> latest = new HashMap<>();
        RowSet<Row> result = newEntries;
        for (Written w : written) {
            long seq;
            if (w.kind() != null) {
                seq = result.iterator().next().getLong(0);
                result = result.next();
                latest.put(w.id(), seq);
            } else {
                seq = w.seq() != null ? w.seq() : latest.get(w.id());
            }
            saved.add(new Saved(w.id(), w.outcome(), w.duplicateOf(), seq));
        }
        return saved;
    }

}
