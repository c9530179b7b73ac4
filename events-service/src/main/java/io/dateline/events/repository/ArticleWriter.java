package io.dateline.events.repository;

import io.dateline.events.feed.Annotations;
import io.dateline.events.feed.Article;
import io.dateline.events.feed.Entity;
import io.dateline.events.feed.Quote;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What an article itself contributes: its reference row, lead, entities and quotes, and their removal. */
@ApplicationScoped
public class ArticleWriter {

    /** What a removed article version left behind: its story and the events it mentioned. */
    public record Removed(UUID story, List<UUID> events) {
    }

    private static final String REMOVE = """
            with m as (delete from event_mention where article_id = $1 returning event_id),
                 a as (delete from article_ref where article_id = $1 returning story_id)
            select (select story_id from a), array(select distinct event_id from m)""";
    private static final String INSERT = """
            insert into article_ref (article_id, version, source, title, published_at, story_id, applied_seq)
            values ($1, $2, $3, $4, $5, $6, $7)""";
    /** An entity already catalogued as it would become is left as it is (no new row version, same values). */
    private static final ColumnBatch ENTITY = new ColumnBatch("entity", """
            on conflict (id) do update set name = excluded.name, type = coalesce(excluded.type, entity.type),
              country = coalesce(excluded.country, entity.country), aliases = coalesce(excluded.aliases, entity.aliases)
            where (entity.name, entity.type, entity.country, entity.aliases) is distinct from (excluded.name,
              coalesce(excluded.type, entity.type), coalesce(excluded.country, entity.country),
              coalesce(excluded.aliases, entity.aliases))""",
            "id text", "name text", "type text", "country text", "aliases jsonb");
    private static final ColumnBatch PARTICIPANT = new ColumnBatch("entity", "on conflict (id) do nothing",
            "id text", "name text", "type text", "country text");
    private static final ColumnBatch ARTICLE_ENTITY = new ColumnBatch("article_entity", "",
            "article_id uuid", "entity_id text", "mentions int");
    private static final ColumnBatch QUOTE = new ColumnBatch("quote", "", "id uuid", "article_id uuid",
            "speaker_id text", "speaker_name text", "text text", "start_offset int", "end_offset int",
            "sentence_index int", "indirect bool", "said_at timestamptz");

    public Uni<Removed> remove(SqlConnection conn, UUID article) {
        return conn.preparedQuery(REMOVE).execute(Tuple.of(article)).map(rows -> {
            Row r = rows.iterator().next();
            return new Removed(r.getUUID(0), Arrays.asList(r.getArrayOfUUIDs(1)));
        });
    }

    public Uni<Void> insert(SqlConnection conn, UUID id, int version, Article a, UUID story, long seq) {
        return conn.preparedQuery(INSERT)
                .execute(Tuple.from(Arrays.asList(id, version, a.source(), a.title(), time(a.publishedAt()), story, seq)))
                .replaceWithVoid();
    }

    public Uni<Void> setLead(SqlConnection conn, UUID article, JsonObject lead) {
        return conn.preparedQuery("update article_ref set lead = $2 where article_id = $1")
                .execute(Tuple.of(article, lead)).replaceWithVoid();
    }

    /** The catalogue entries of the annotated entities (one row each: their ids are distinct). */
    public Uni<Void> catalogue(SqlConnection conn, Annotations annotations) {
        List<Tuple> entities = new ArrayList<>();
        for (Entity e : named(annotations)) {
            entities.add(Tuple.from(Arrays.asList(e.id(), e.name(), e.type(), e.country(),
                    new JsonArray(e.aliases()).encode())));
        }
        return ENTITY.insert(conn, entities);
    }

    /** How often the article names each annotated entity: rows for {@link #entityCounts}. */
    public List<Tuple> entityCountRows(UUID article, Annotations annotations) {
        return named(annotations).stream().map(e -> Tuple.of(article, e.id(), Math.max(1, e.mentions().size()))).toList();
    }

    public Uni<Void> entityCounts(SqlConnection conn, List<Tuple> rows) {
        return ARTICLE_ENTITY.insert(conn, rows);
    }

    private static java.util.Collection<Entity> named(Annotations annotations) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        annotations.entities().stream().filter(e -> e.id() != null && e.name() != null).forEach(e -> byId.putIfAbsent(e.id(), e));
        return byId.values();
    }

    /** Participants linked to an entity the annotations did not list (e.g. a quote's speaker); distinct ids. */
    public Uni<Void> participants(SqlConnection conn, List<Tuple> participants) {
        return PARTICIPANT.insert(conn, participants);
    }

    /** The rows of an article's attributed quotes, for {@link #quotes}. */
    public List<Tuple> quoteRows(UUID article, int version, Article a, List<Quote> quotes) {
        List<Tuple> rows = new ArrayList<>();
        OffsetDateTime saidAt = time(a.publishedAt());
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.text() == null || q.speaker() == null || q.speaker().name() == null) {
                continue;
            }
            UUID id = UUID.nameUUIDFromBytes(("quote:" + article + ":" + version + ":" + i).getBytes(StandardCharsets.UTF_8));
            rows.add(Tuple.from(Arrays.asList(id, article, q.speaker().id(), q.speaker().name(), q.text(), q.start(),
                    q.end(), q.sentenceIndex(), q.indirect(), saidAt)));
        }
        return rows;
    }

    public Uni<Void> quotes(SqlConnection conn, List<Tuple> rows) {
        return QUOTE.insert(conn, rows);
    }

    static OffsetDateTime time(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso);
        } catch (RuntimeException notOffset) {
            try {
                return java.time.LocalDate.parse(iso.substring(0, Math.min(10, iso.length())))
                        .atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }
}
