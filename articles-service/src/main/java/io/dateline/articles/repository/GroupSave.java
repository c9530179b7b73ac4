package io.dateline.articles.repository;

import io.dateline.articles.repository.ArticleStore.ArticleRecord;
import io.dateline.articles.repository.ArticleStore.CatalogEntity;
import io.dateline.articles.repository.ArticleStore.Candidate;
import io.dateline.articles.repository.ArticleStore.DuplicateLinker;
import io.dateline.articles.repository.ArticleStore.Outcome;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Saves a group of articles inside one open transaction with a fixed number of statements,
 * whatever the group's size: one lookup of the stored versions, one of near-duplicate candidates,
 * then batched inserts and updates. A group is cut into segments where no url (or, without url,
 * no content) repeats, saved one after another, so a later article sees an earlier one.
 */
final class GroupSave {

    /** What one article's saving did, before its feed entry has a seq. */
    record Written(UUID id, Outcome outcome, UUID duplicateOf, String kind, Integer version, Long seq) {

        static Written unchanged(UUID id, UUID duplicateOf, Long seq) {
            return new Written(id, Outcome.UNCHANGED, duplicateOf, null, null, seq);
        }
    }

    /** The decision for one article of a segment. */
    private static final class Plan {
        ArticleRecord article;
        UUID id;
        Outcome outcome;
        Integer version;
        Long seq;

        Written written() {
            String kind = switch (outcome) {
                case CREATED -> "created";
                case UPDATED -> "updated";
                case UNCHANGED -> null;
            };
            return new Written(id, outcome, article.duplicateOf(), kind, version, seq);
        }
    }

    private static final int CANDIDATES_PER_ARTICLE = 64;

    private final SqlConnection conn;
    private final DuplicateLinker linker;

    GroupSave(SqlConnection conn, DuplicateLinker linker) {
        this.conn = conn;
        this.linker = linker;
    }

    /**
     * Every lookup here goes through an index. The statements are prepared once per connection and
     * their plans cached, and a plan made while the tables were small scans them whole ever after
     * (a scan per group that grows with the table), so the transaction rules table scans out.
     */
    Uni<List<Written>> save(List<ArticleRecord> articles) {
        return conn.query("set local enable_seqscan = off").execute().chain(() -> saveSegments(articles));
    }

    private Uni<List<Written>> saveSegments(List<ArticleRecord> articles) {
        return Multi.createFrom().iterable(segments(articles))
                .onItem().transformToUniAndConcatenate(this::saveSegment)
                .collect().in(ArrayList<Written>::new, List::addAll);
    }

    static String key(ArticleRecord a) {
        return a.url() != null ? "url:" + a.url() : "content:" + a.contentHash();
    }

    private static List<List<ArticleRecord>> segments(List<ArticleRecord> articles) {
        List<List<ArticleRecord>> segments = new ArrayList<>();
        List<ArticleRecord> current = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ArticleRecord a : articles) {
            if (!keys.add(key(a))) {
                segments.add(current);
                current = new ArrayList<>();
                keys.clear();
                keys.add(key(a));
            }
            current.add(a);
        }
        segments.add(current);
        return segments;
    }

    private Uni<List<Written>> saveSegment(List<ArticleRecord> segment) {
        return stored(segment)
                .chain(stored -> candidates(segment).map(candidates -> plan(segment, stored, candidates)))
                .chain(plans -> insert(plans)
                        .chain(() -> update(plans))
                        .chain(() -> derived(plans))
                        .map(done -> plans.stream().map(Plan::written).toList()));
    }

    /** The stored article at each url, or with each content when there is no url, locked for update. */
    private Uni<Map<String, Row>> stored(List<ArticleRecord> segment) {
        String[] urls = segment.stream().map(ArticleRecord::url).filter(u -> u != null).toArray(String[]::new);
        String[] hashes = segment.stream().filter(a -> a.url() == null).map(ArticleRecord::contentHash).toArray(String[]::new);
        return conn.preparedQuery("""
                        select id, url, content_hash, duplicate_of,
                               (select max(seq) from feed_entry f where f.article_id = a.id)
                        from article a where url = any($1) or (url is null and content_hash = any($2))
                        for update""")
                .execute(Tuple.of(urls, hashes))
                .map(rows -> {
                    Map<String, Row> byKey = new HashMap<>();
                    for (Row r : rows) {
                        byKey.put(r.getString(1) != null ? "url:" + r.getString(1) : "content:" + r.getString(2), r);
                    }
                    return byKey;
                });
    }

    /**
     * Per article of the segment, stored articles sharing at least one LSH band with it, oldest
     * first, at most a bounded number; never the article at its own url (a new version is not its own copy).
     */
    private Uni<Map<Integer, List<Candidate>>> candidates(List<ArticleRecord> segment) {
        List<Integer> index = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        List<Integer> to = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < segment.size(); i++) {
            long[] bands = segment.get(i).bands();
            if (bands.length == 0) {
                continue;
            }
            index.add(i);
            urls.add(segment.get(i).url());
            from.add(keys.size() + 1);
            for (long key : bands) {
                keys.add(key);
            }
            to.add(keys.size());
        }
        if (index.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // One GIN index lookup per article, for all its band keys at once ($5[from:to]).
        return conn.preparedQuery("""
                        with k as (select * from unnest($1::int[], $2::int[], $3::int[], $4::text[]) k(i, lo, hi, url)),
                        ranked as (
                            select k.i, a.id, a.minhash, a.duplicate_of,
                                   row_number() over (partition by k.i order by a.ingested_at, a.id) as n
                            from k join article a on a.bands && ($5::bigint[])[k.lo:k.hi]
                            where a.url is distinct from k.url)
                        select i, id, minhash, duplicate_of from ranked where n <= $6 order by i, n""")
                .execute(Tuple.of(index.toArray(Integer[]::new), from.toArray(Integer[]::new), to.toArray(Integer[]::new),
                        urls.toArray(String[]::new), keys.toArray(Long[]::new), CANDIDATES_PER_ARTICLE))
                .map(rows -> {
                    Map<Integer, List<Candidate>> found = new HashMap<>();
                    for (Row r : rows) {
                        found.computeIfAbsent(r.getInteger(0), i -> new ArrayList<>()).add(new Candidate(r.getUUID(1),
                                r.getBuffer(2) == null ? null : r.getBuffer(2).getBytes(), r.getUUID(3)));
                    }
                    return found;
                });
    }

    /** Decides each article's fate; earlier articles of the segment are near-duplicate candidates of later ones. */
    private List<Plan> plan(List<ArticleRecord> segment, Map<String, Row> stored, Map<Integer, List<Candidate>> candidates) {
        List<Plan> plans = new ArrayList<>(segment.size());
        List<Candidate> earlier = new ArrayList<>();
        for (int i = 0; i < segment.size(); i++) {
            ArticleRecord a = segment.get(i);
            Row existing = stored.get(key(a));
            Plan p = new Plan();
            if (existing != null && a.contentHash().equals(existing.getString(2))) {
                p.id = existing.getUUID(0);
                p.outcome = Outcome.UNCHANGED;
                p.seq = existing.getLong(4);
                p.article = a.withDuplicateOf(existing.getUUID(3));
            } else {
                List<Candidate> all = new ArrayList<>(candidates.getOrDefault(i, List.of()));
                all.addAll(earlier);
                p.article = linker.link(a, all);
                p.id = existing != null ? existing.getUUID(0) : UUID.randomUUID();
                p.outcome = existing != null ? Outcome.UPDATED : Outcome.CREATED;
                p.version = existing != null ? null : 1;
                earlier.add(new Candidate(p.id, a.minhash(), p.article.duplicateOf()));
            }
            plans.add(p);
        }
        return plans;
    }

    /**
     * Inserts the new articles. One that a concurrent writer stored first (same url or content)
     * becomes unchanged and answers with theirs.
     */
    private Uni<Void> insert(List<Plan> plans) {
        List<Plan> created = plans.stream().filter(p -> p.outcome == Outcome.CREATED).toList();
        ArticleRows rows = new ArticleRows();
        created.forEach(p -> rows.add(p.id, p.article));
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery(ArticleRows.INSERT).execute(rows.tuple())
                .chain(inserted -> {
                    Set<UUID> ids = new HashSet<>();
                    inserted.forEach(r -> ids.add(r.getUUID(0)));
                    List<Plan> lost = created.stream().filter(p -> !ids.contains(p.id)).toList();
                    return Multi.createFrom().iterable(lost).onItem().transformToUniAndConcatenate(this::takeTheirs)
                            .collect().asList().replaceWithVoid();
                });
    }

    private Uni<Void> takeTheirs(Plan p) {
        Uni<RowSet<Row>> query = p.article.url() != null
                ? conn.preparedQuery("select id, duplicate_of, (select max(seq) from feed_entry f where f.article_id = a.id) from article a where url = $1")
                        .execute(Tuple.of(p.article.url()))
                : conn.preparedQuery("select id, duplicate_of, (select max(seq) from feed_entry f where f.article_id = a.id) from article a where content_hash = $1 and url is null")
                        .execute(Tuple.of(p.article.contentHash()));
        return query.map(rows -> {
            Row r = rows.iterator().next();
            p.id = r.getUUID(0);
            p.outcome = Outcome.UNCHANGED;
            p.version = null;
            p.seq = r.getLong(2);
            p.article = p.article.withDuplicateOf(r.getUUID(1));
            return null;
        });
    }

    private Uni<Void> update(List<Plan> plans) {
        List<Plan> updated = plans.stream().filter(p -> p.outcome == Outcome.UPDATED).toList();
        if (updated.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID[] ids = updated.stream().map(p -> p.id).toArray(UUID[]::new);
        return batch("""
                        update article set url = $2, source = $3, title = $4, published_at = $5, language = $6,
                            text = $7, dateline_place = $8, dateline_agency = $9, authors = $10, content_hash = $11,
                            minhash = $12, entity_ids = $13, duplicate_of = $14, bands = $15, version = version + 1,
                            updated_at = now()
                        where id = $1 returning version""",
                updated, p -> articleTuple(p.id, p.article).addValue(p.article.duplicateOf()).addValue(bandsOf(p.article)))
                .map(results -> {
                    for (int i = 0; i < results.size(); i++) {
                        updated.get(i).version = results.get(i).iterator().next().getInteger(0);
                    }
                    return null;
                })
                .chain(() -> conn.preparedQuery("delete from article_entity where article_id = any($1)").execute(Tuple.of((Object) ids)))
                .replaceWithVoid();
    }

    /** The raw input, entities and annotations of every new version. */
    private Uni<Void> derived(List<Plan> plans) {
        List<Plan> changed = plans.stream().filter(p -> p.outcome != Outcome.UNCHANGED).toList();
        if (changed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> linkArticles = new ArrayList<>();
        List<String> linkEntities = new ArrayList<>();
        List<Integer> linkMentions = new ArrayList<>();
        Map<String, Tuple> catalogue = new HashMap<>();
        for (Plan p : changed) {
            for (CatalogEntity e : p.article.entities()) {
                linkArticles.add(p.id);
                linkEntities.add(e.id());
                linkMentions.add(e.mentions());
                catalogue.putIfAbsent(e.id(), Tuple.of(e.id(), e.name(), e.type(), e.country(), e.role(), e.affiliation())
                        .addValue(e.aliases().toArray(String[]::new)));
            }
        }
        List<Tuple> entities = catalogue.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        List<Plan> annotated = changed.stream().filter(p -> p.article.annotations() != null).toList();
        return conn.preparedQuery("""
                        insert into article_version (article_id, version, content_type, raw, content_hash)
                        select * from unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[])""")
                .execute(Tuple.of(ids(changed), changed.stream().map(p -> p.version).toArray(Integer[]::new),
                        changed.stream().map(p -> p.article.format()).toArray(String[]::new),
                        changed.stream().map(p -> p.article.raw()).toArray(String[]::new),
                        changed.stream().map(p -> p.article.contentHash()).toArray(String[]::new)))
                .chain(() -> tuples("""
                        insert into entity (id, name, type, country, role, affiliation, aliases)
                        values ($1, $2, $3, $4, $5, $6, $7)
                        on conflict (id) do update set
                            affiliation = coalesce(entity.affiliation, excluded.affiliation),
                            aliases = array(select distinct a from unnest(entity.aliases || excluded.aliases) a order by a),
                            country = coalesce(entity.country, excluded.country),
                            role = coalesce(entity.role, excluded.role)""", entities))
                .chain(() -> linkArticles.isEmpty() ? Uni.createFrom().voidItem() : conn.preparedQuery("""
                                insert into article_entity (article_id, entity_id, mentions)
                                select * from unnest($1::uuid[], $2::text[], $3::int[])""")
                        .execute(Tuple.of(linkArticles.toArray(UUID[]::new), linkEntities.toArray(String[]::new),
                                linkMentions.toArray(Integer[]::new))).replaceWithVoid())
                .chain(() -> annotated.isEmpty() ? Uni.createFrom().voidItem() : conn.preparedQuery("""
                                insert into article_annotations (article_id, version, annotations)
                                select * from unnest($1::uuid[], $2::int[], $3::text[])
                                on conflict (article_id) do update set version = excluded.version, annotations = excluded.annotations""")
                        .execute(Tuple.of(ids(annotated), annotated.stream().map(p -> p.version).toArray(Integer[]::new),
                                annotated.stream().map(p -> p.article.annotations()).toArray(String[]::new)))
                        .replaceWithVoid())
                .replaceWithVoid();
    }

    private static UUID[] ids(List<Plan> plans) {
        return plans.stream().map(p -> p.id).toArray(UUID[]::new);
    }

    /** Runs one statement per plan in one pipelined batch; answers each plan's result in order. */
    private Uni<List<RowSet<Row>>> batch(String sql, List<Plan> plans, Function<Plan, Tuple> tuple) {
        return tuples(sql, plans.stream().map(tuple).toList());
    }

    private Uni<List<RowSet<Row>>> tuples(String sql, List<Tuple> tuples) {
        if (tuples.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return conn.preparedQuery(sql).executeBatch(tuples).map(first -> {
            List<RowSet<Row>> results = new ArrayList<>(tuples.size());
            for (RowSet<Row> r = first; r != null; r = r.next()) {
                results.add(r);
            }
            return results;
        });
    }

    private static Long[] bandsOf(ArticleRecord a) {
        return java.util.Arrays.stream(a.bands()).boxed().toArray(Long[]::new);
    }

    private static Tuple articleTuple(UUID id, ArticleRecord a) {
        return Tuple.tuple(List.of()).addValue(id).addValue(a.url()).addValue(a.source()).addValue(a.title())
                .addValue(a.publishedAt()).addValue(a.language()).addValue(a.text()).addValue(a.datelinePlace())
                .addValue(a.datelineAgency()).addValue(a.authors().toArray(String[]::new)).addValue(a.contentHash())
                .addValue(a.minhash() == null ? null : Buffer.buffer(a.minhash()))
                .addValue(a.entityKeys().toArray(String[]::new));
    }
}
