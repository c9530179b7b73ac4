package io.dateline.articles.repository;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.core.json.JsonObject;
import io.dateline.articles.Article;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

/**
 * Writes articles with the reactive SQL client: one transaction stores the article, its raw input,
 * its near-duplicate bands, its annotations and its feed entry, so none exists without the others.
 */
@ApplicationScoped
public class ArticleStore {

    /** Everything stored for one version of an article. */
    public record ArticleRecord(String url, String source, String title, OffsetDateTime publishedAt, String language,
                                String text, String datelinePlace, String datelineAgency, List<String> authors,
                                String contentHash, byte[] minhash, long[] bands, List<CatalogEntity> entities,
                                UUID duplicateOf, String format, String raw, JsonObject annotations) {

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
        return pool.withTransaction(conn -> Multi.createFrom().iterable(articles)
                .onItem().transformToUniAndConcatenate(a -> write(conn, a, linker))
                .collect().asList()
                .chain(written -> feed(conn, written)));
    }

    /** What one article's writing did, before its feed entry has a seq. */
    private record Written(UUID id, Outcome outcome, UUID duplicateOf, String kind, Integer version, Long seq) {

        static Written unchanged(UUID id, UUID duplicateOf, Long seq) {
            return new Written(id, Outcome.UNCHANGED, duplicateOf, null, null, seq);
        }

        Saved saved(long feedSeq) {
            return new Saved(id, outcome, duplicateOf, feedSeq);
        }
    }

    private Uni<Written> write(SqlConnection conn, ArticleRecord a, DuplicateLinker linker) {
        return candidates(conn, a.bands(), a.url(), 64)
                .map(candidates -> linker.link(a, candidates))
                .chain(linked -> linked.url() != null ? writeAtUrl(conn, linked) : insert(conn, linked));
    }

    /**
     * Articles sharing at least one LSH band with the signature, oldest first, at most {@code limit};
     * never the article at {@code url} itself (a new version of a page is not its own copy).
     */
    private Uni<List<Candidate>> candidates(SqlClient client, long[] bands, String url, int limit) {
        if (bands.length == 0) {
            return Uni.createFrom().item(List.of());
        }
        Short[] bandNumbers = new Short[bands.length];
        Long[] hashes = new Long[bands.length];
        for (int i = 0; i < bands.length; i++) {
            bandNumbers[i] = (short) i;
            hashes[i] = bands[i];
        }
        return client.preparedQuery("""
                        select a.id, a.minhash, a.duplicate_of from article a
                        where a.id in (select b.article_id from article_band b
                                       join unnest($1::smallint[], $2::bigint[]) k(band, hash)
                                         on b.band = k.band and b.hash = k.hash)
                          and a.url is distinct from $4
                        order by a.ingested_at, a.id limit $3""")
                .execute(Tuple.of(bandNumbers, hashes, limit, url))
                .map(rows -> {
                    List<Candidate> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(new Candidate(r.getUUID(0), r.getBuffer(1) == null ? null : r.getBuffer(1).getBytes(), r.getUUID(2)));
                    }
                    return found;
                });
    }

    private static final String ARTICLE_COLUMNS = """
            a.id, a.url, a.source, a.title, a.published_at, a.language, a.text, a.dateline_place,
            a.dateline_agency, a.authors, a.duplicate_of, a.content_hash, a.ingested_at, a.version as article_version""";

    public Uni<Article> find(UUID id) {
        return pool.preparedQuery("select " + ARTICLE_COLUMNS + " from article a where a.id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? FeedLog.articleOf(rows.iterator().next()) : null);
    }

    public Uni<JsonObject> annotations(UUID id) {
        return pool.preparedQuery("select annotations from article_annotations where article_id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? (JsonObject) rows.iterator().next().getValue(0) : null);
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

    private Uni<Written> writeAtUrl(SqlConnection conn, ArticleRecord a) {
        return conn.preparedQuery("""
                        select id, content_hash, duplicate_of,
                               (select max(seq) from feed_entry f where f.article_id = a.id)
                        from article a where url = $1 for update""")
                .execute(Tuple.of(a.url()))
                .chain(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return insert(conn, a);
                    }
                    Row existing = rows.iterator().next();
                    UUID id = existing.getUUID(0);
                    return a.contentHash().equals(existing.getString(1))
                            ? Uni.createFrom().item(Written.unchanged(id, existing.getUUID(2), existing.getLong(3)))
                            : update(conn, id, a);
                });
    }

    /** Inserts unless a concurrent writer stored the same url or content first; then answers with theirs. */
    private Uni<Written> insert(SqlConnection conn, ArticleRecord a) {
        UUID id = UUID.randomUUID();
        return conn.preparedQuery("""
                        insert into article (id, url, source, title, published_at, language, text, dateline_place,
                            dateline_agency, authors, content_hash, minhash, entity_ids, duplicate_of)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                        on conflict do nothing returning id""")
                .execute(articleTuple(id, a).addValue(a.duplicateOf()))
                .chain(rows -> rows.rowCount() == 0
                        ? existing(conn, a)
                        : writeDerived(conn, id, 1, a).replaceWith(new Written(id, Outcome.CREATED, a.duplicateOf(), "created", 1, null)));
    }

    private Uni<Written> existing(SqlConnection conn, ArticleRecord a) {
        Uni<RowSet<Row>> query = a.url() != null
                ? conn.preparedQuery("select id, duplicate_of, (select max(seq) from feed_entry f where f.article_id = a.id) from article a where url = $1").execute(Tuple.of(a.url()))
                : conn.preparedQuery("select id, duplicate_of, (select max(seq) from feed_entry f where f.article_id = a.id) from article a where content_hash = $1 and url is null")
                        .execute(Tuple.of(a.contentHash()));
        return query.map(rows -> {
            Row r = rows.iterator().next();
            return Written.unchanged(r.getUUID(0), r.getUUID(1), r.getLong(2));
        });
    }

    private Uni<Written> update(SqlConnection conn, UUID id, ArticleRecord a) {
        return conn.preparedQuery("""
                        update article set url = $2, source = $3, title = $4, published_at = $5, language = $6,
                            text = $7, dateline_place = $8, dateline_agency = $9, authors = $10, content_hash = $11,
                            minhash = $12, entity_ids = $13, version = version + 1, updated_at = now()
                        where id = $1 returning version""")
                .execute(articleTuple(id, a))
                .chain(rows -> {
                    int version = rows.iterator().next().getInteger(0);
                    return conn.preparedQuery("delete from article_band where article_id = $1").execute(Tuple.of(id))
                            .chain(() -> writeDerived(conn, id, version, a))
                            .replaceWith(new Written(id, Outcome.UPDATED, a.duplicateOf(), "updated", version, null));
                });
    }

    /** Writes the raw input, bands, entities and annotations of a new version. */
    private Uni<Void> writeDerived(SqlConnection conn, UUID id, int version, ArticleRecord a) {
        Uni<?> raw = conn.preparedQuery("""
                        insert into article_version (article_id, version, content_type, raw, content_hash)
                        values ($1, $2, $3, $4, $5)""")
                .execute(Tuple.of(id, version, a.format(), a.raw(), a.contentHash()));
        return raw.chain(() -> bands(conn, id, a.bands()))
                .chain(() -> entities(conn, id, a.entities()))
                .chain(() -> annotations(conn, id, version, a.annotations()));
    }

    private Uni<Void> bands(SqlConnection conn, UUID id, long[] bands) {
        if (bands == null || bands.length == 0) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> batch = new ArrayList<>(bands.length);
        for (int i = 0; i < bands.length; i++) {
            batch.add(Tuple.of((short) i, bands[i], id));
        }
        return conn.preparedQuery("insert into article_band (band, hash, article_id) values ($1, $2, $3)")
                .executeBatch(batch).replaceWithVoid();
    }

    private Uni<Void> entities(SqlConnection conn, UUID id, List<CatalogEntity> entities) {
        Uni<?> cleared = conn.preparedQuery("delete from article_entity where article_id = $1").execute(Tuple.of(id));
        if (entities.isEmpty()) {
            return cleared.replaceWithVoid();
        }
        List<Tuple> catalogue = new ArrayList<>();
        List<Tuple> links = new ArrayList<>();
        for (CatalogEntity e : entities) {
            catalogue.add(Tuple.of(e.id(), e.name(), e.type(), e.country(), e.role(), e.affiliation())
                    .addValue(e.aliases().toArray(String[]::new)));
            links.add(Tuple.of(id, e.id(), e.mentions()));
        }
        return cleared.chain(() -> conn.preparedQuery("""
                        insert into entity (id, name, type, country, role, affiliation, aliases)
                        values ($1, $2, $3, $4, $5, $6, $7)
                        on conflict (id) do update set
                            affiliation = coalesce(entity.affiliation, excluded.affiliation),
                            aliases = array(select distinct a from unnest(entity.aliases || excluded.aliases) a order by a),
                            country = coalesce(entity.country, excluded.country),
                            role = coalesce(entity.role, excluded.role)""").executeBatch(catalogue))
                .chain(() -> conn.preparedQuery("insert into article_entity (article_id, entity_id, mentions) values ($1, $2, $3)")
                        .executeBatch(links))
                .replaceWithVoid();
    }

    private Uni<Void> annotations(SqlConnection conn, UUID id, int version, JsonObject annotations) {
        if (annotations == null) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery("""
                        insert into article_annotations (article_id, version, annotations) values ($1, $2, $3)
                        on conflict (article_id) do update set version = excluded.version, annotations = excluded.annotations""")
                .execute(Tuple.of(id, version, annotations)).replaceWithVoid();
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
            saved.add(w.saved(seq));
        }
        return saved;
    }

    private static Tuple articleTuple(UUID id, ArticleRecord a) {
        return Tuple.tuple(List.of()).addValue(id).addValue(a.url()).addValue(a.source()).addValue(a.title())
                .addValue(a.publishedAt()).addValue(a.language()).addValue(a.text()).addValue(a.datelinePlace())
                .addValue(a.datelineAgency()).addValue(a.authors().toArray(String[]::new)).addValue(a.contentHash())
                .addValue(a.minhash() == null ? null : io.vertx.core.buffer.Buffer.buffer(a.minhash()))
                .addValue(a.entityKeys().toArray(String[]::new));
    }
}
