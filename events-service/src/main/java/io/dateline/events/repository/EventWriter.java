package io.dateline.events.repository;

import io.dateline.events.extract.Amount;
import io.dateline.events.extract.ExtractedEvent;
import io.dateline.events.extract.Participant;
import io.dateline.events.service.CodedEvent;
import io.dateline.events.service.CodedEvent.MergeWindow;
import io.dateline.events.service.CodedEvent.Stored;
import io.dateline.events.service.DateSpan;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes an article's events: each joins the stored event it reports (found through the (type, actor,
 * date) index, never by scanning) or becomes a new one. Counts are recomputed from the mentions.
 */
@ApplicationScoped
public class EventWriter {

    /**
     * The merge candidates of many events in one statement: the query of one event (by the (type, actor, date)
     * index) for each row of the arrays, its rows tagged with the row's number.
     */
    private static final String CANDIDATES = """
            select q.n, e.id, e.recipient_key, e.location_id, e.location_country, e.location_name, e.mode,
                   e.event_date, e.event_date_end, e.num_articles
            from unnest($1::varchar[], $2::text[], $3::date[], $4::date[], $5::date[], $6::bool[], $7::varchar[])
                 with ordinality q(type, actor_key, first_day, last_day, ends_from, negated, modality, n)
            cross join lateral (
              select id, recipient_key, location_id, location_country, location_name, mode, event_date, event_date_end,
                     num_articles
              from event
              where type = q.type and actor_key = q.actor_key and event_date between q.first_day and q.last_day
                and event_date_end >= q.ends_from and negated = q.negated and modality = q.modality
              order by id limit 50) e
            order by q.n, e.id""";
    private static final String INSERT = """
            insert into event (id, type, mode, actor_key, actor_id, actor_name, actor_type, actor_country,
                               recipient_key, recipient_id, recipient_name, recipient_country,
                               location_id, location_name, location_country, event_date, event_date_end,
                               date_value, date_granularity, quantity, negated, modality,
                               reported_by_id, reported_by_name, reported_by_country, summary, created_seq)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
                    $21, $22, $23, $24, $25, $26, $27)""";
    private static final ColumnBatch MENTION = new ColumnBatch("event_mention", "on conflict do nothing",
            "event_id uuid", "article_id uuid", "sentence text", "sentence_index int", "applied_seq bigint");
    private static final String FILL_RECIPIENT = """
            update event set recipient_key = $2, recipient_id = $3, recipient_name = $4, recipient_country = $5
            where id = $1 and recipient_key is null""";
    private static final String FILL_LOCATION = """
            update event set location_id = $2, location_name = $3, location_country = $4
            where id = $1 and location_id is null and location_name is null""";
    private static final String RECOUNT = """
            with c as (
              select m.event_id, count(distinct m.article_id) n,
                     count(distinct coalesce(a.source, a.article_id::text)) sources,
                     (array_agg(a.story_id order by m.applied_seq, m.article_id))[1] story
              from event_mention m join article_ref a on a.article_id = m.article_id
              where m.event_id = any($1) group by m.event_id)
            update event e set num_articles = c.n, num_sources = c.sources, story_id = c.story
            from c where e.id = c.event_id""";
    /**
     * The recount's result for articles new to the service, from their own mentions only: each adds itself to
     * its events' articles, its source when no earlier mention of the event has it, and an event without earlier
     * mentions takes its story from the first of them. Earlier mentions all have lower seqs, so an event's first
     * mention (its story) stays the same; the counts stored are the recount's, as every write recounts.
     */
    private static final String COUNT_NEW = """
            with p as (
              select m.event_id, m.article_id, m.applied_seq, a.story_id, coalesce(a.source, a.article_id::text) source
              from event_mention m join article_ref a on a.article_id = m.article_id
              where m.article_id = any($1) and a.article_id = any($1)),
            s as materialized (
              select p.event_id, count(distinct p.source) n from p
              where not exists (select 1 from event_mention o join article_ref oa on oa.article_id = o.article_id
                                where o.event_id = p.event_id and o.article_id <> all($1)
                                  and coalesce(oa.source, oa.article_id::text) = p.source)
              group by p.event_id),
            c as (
              select p.event_id, count(distinct p.article_id) n,
                     (array_agg(p.story_id order by p.applied_seq, p.article_id))[1] story
              from p group by p.event_id)
            update event e set num_articles = e.num_articles + c.n, num_sources = e.num_sources + coalesce(s.n, 0),
                   story_id = case when e.num_articles = 0 then c.story else e.story_id end
            from c left join s on s.event_id = c.event_id where e.id = c.event_id""";
    private static final String DROP_EMPTY = """
            delete from event e where e.id = any($1)
              and not exists (select 1 from event_mention m where m.event_id = e.id)""";

    /**
     * What merging decided for one article's events: the stored event of each, the (cold) statements writing the
     * events, and the rows of their mentions, to be sent after them with {@link #mentions}.
     */
    public record Merge(Map<ExtractedEvent, UUID> ids, List<Uni<?>> statements, List<Tuple> mentions) {
    }

    /** The stored merge candidates of each event (none for one that cannot merge), all queried at once. */
    public Uni<List<List<Stored>>> candidates(SqlConnection conn, List<CodedEvent> events) {
        List<List<Stored>> found = new ArrayList<>();
        List<Integer> asked = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            found.add(new ArrayList<>());
            if (events.get(i).mergeable()) {
                asked.add(i);
            }
        }
        if (asked.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        return conn.preparedQuery(CANDIDATES).execute(candidateQuery(events, asked)).map(rows -> {
            for (Row r : rows) {
                found.get(asked.get(r.getLong(0).intValue() - 1)).add(new Stored(r.getUUID(1), r.getString(2),
                        r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        new DateSpan(r.getLocalDate(7), r.getLocalDate(8)), r.getInteger(9)));
            }
            return found;
        });
    }

    /** The arrays of {@link #CANDIDATES}: one row per asked event. */
    private static Tuple candidateQuery(List<CodedEvent> events, List<Integer> asked) {
        int n = asked.size();
        String[] types = new String[n];
        String[] actors = new String[n];
        LocalDate[] firstDays = new LocalDate[n];
        LocalDate[] lastDays = new LocalDate[n];
        LocalDate[] endsFrom = new LocalDate[n];
        Boolean[] negated = new Boolean[n];
        String[] modalities = new String[n];
        for (int k = 0; k < n; k++) {
            CodedEvent e = events.get(asked.get(k));
            DateSpan span = e.span();
            types[k] = e.type();
            actors[k] = e.actorKey();
            firstDays[k] = span.start().minusDays(MergeWindow.LOOKBACK_DAYS);
            lastDays[k] = span.end().plusDays(MergeWindow.SLACK_DAYS);
            endsFrom[k] = span.start().minusDays(MergeWindow.SLACK_DAYS);
            negated[k] = e.negated();
            modalities[k] = e.modality();
        }
        // mutable: the client may convert values in place
        return Tuple.wrap(new ArrayList<>(List.of(types, actors, firstDays, lastDays, endsFrom, negated, modalities)));
    }

    /**
     * Decides, in text order, whether each event of one article version joins a stored event or is a new one,
     * given the candidates {@link #candidates} found before any of them was written. What the page's earlier
     * events wrote (new events, filled recipients and places, counts), kept in {@code own}, is taken into account
     * as the candidate query would have seen it.
     */
    public Merge merge(SqlConnection conn, UUID article, int version, long seq, List<CodedEvent> events,
                       List<List<Stored>> found, PageEvents own) {
        Map<ExtractedEvent, UUID> ids = new IdentityHashMap<>();
        List<Uni<?>> statements = new ArrayList<>();
        List<Tuple> mentions = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            CodedEvent e = events.get(i);
            java.util.Optional<Stored> match = e.mergeable()
                    ? e.sameAs(own.candidates(e, found.get(i))) : java.util.Optional.empty();
            UUID id;
            if (match.isPresent()) {
                id = match.get().id();
                own.changed(fill(conn, match.get(), e, statements));
            } else {
                id = eventId(article, version, i);
                statements.add(insert(conn, id, e, seq));
                own.inserted(e, new Stored(id, e.recipientKey(), e.locationId(), e.locationCountry(), e.locationName(),
                        e.mode(), e.span(), 0));
            }
            mentions.add(mention(id, article, e, seq));
            own.mentioned(id, article);
            ids.put(e.source(), id);
        }
        return new Merge(ids, statements, mentions);
    }

    /** Adds the statements filling a missing recipient or place of {@code into}; answers it as filled. */
    private static Stored fill(SqlConnection conn, Stored into, CodedEvent e, List<Uni<?>> statements) {
        Stored now = into;
        if (into.recipientKey() == null && e.recipient() != null) {
            Participant r = e.recipient();
            statements.add(conn.preparedQuery(FILL_RECIPIENT)
                    .execute(Tuple.of(into.id(), e.recipientKey(), r.entityId(), r.name(), r.country())));
            now = new Stored(now.id(), e.recipientKey(), now.locationId(), now.locationCountry(), now.locationName(),
                    now.mode(), now.span(), now.numArticles());
        }
        // only a place with neither id nor name is filled: with a name, the update would change nothing
        if (into.locationId() == null && into.locationName() == null && e.locationName() != null) {
            statements.add(conn.preparedQuery(FILL_LOCATION)
                    .execute(Tuple.of(into.id(), e.locationId(), e.locationName(), e.locationCountry())));
            now = new Stored(now.id(), now.recipientKey(), e.locationId(), e.locationCountry(), e.locationName(),
                    now.mode(), now.span(), now.numArticles());
        }
        return now;
    }

    private static Uni<UUID> insert(SqlConnection conn, UUID id, CodedEvent e, long seq) {
        Participant a = e.actor();
        Participant r = e.recipient();
        Participant by = e.reportedBy();
        LocalDate start = e.span() == null ? null : e.span().start();
        LocalDate end = e.span() == null ? null : e.span().end();
        var date = e.source().date();
        List<Object> values = Arrays.asList(id, e.type(), e.mode(), e.actorKey(),
                a == null ? null : a.entityId(), a == null ? null : a.name(), a == null ? null : a.entityType(),
                a == null ? null : a.country(), e.recipientKey(), r == null ? null : r.entityId(),
                r == null ? null : r.name(), r == null ? null : r.country(), e.locationId(), e.locationName(),
                e.locationCountry(), start, end, date == null ? null : date.value(),
                date == null ? null : date.granularity(), quantity(e.amount()), e.negated(), e.modality(),
                by == null ? null : by.entityId(), by == null ? null : by.name(), by == null ? null : by.country(),
                e.summary(), seq);
        return conn.preparedQuery(INSERT).execute(Tuple.from(values)).replaceWith(id);
    }

    private static Tuple mention(UUID event, UUID article, CodedEvent e, long seq) {
        var evidence = e.source().evidence();
        return Tuple.of(event, article, evidence.text(), evidence.sentenceIndex(), seq);
    }

    /** Writes mention rows of {@link Merge#mentions}, after the statements that wrote their events. */
    public Uni<Void> mentions(SqlConnection conn, List<Tuple> rows) {
        return MENTION.insert(conn, rows);
    }

    /** Recomputes numArticles, numSources and the story of the events, then drops those no article mentions. */
    public Uni<Void> recount(SqlConnection conn, List<UUID> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID[] ids = events.stream().distinct().toArray(UUID[]::new);
        return Statements.together(List.of(conn.preparedQuery(RECOUNT).execute(Tuple.of(ids)),
                conn.preparedQuery(DROP_EMPTY).execute(Tuple.of(ids))));
    }

    /**
     * The same as {@link #recount} of every event the articles mention, for a page of articles new to the service
     * whose mentions are written: only their own mentions are read. None of their events is left without one.
     */
    public Uni<Void> countNew(SqlConnection conn, UUID[] articles) {
        return conn.preparedQuery(COUNT_NEW).execute(Tuple.of(articles)).replaceWithVoid();
    }

    private static JsonObject quantity(Amount amount) {
        if (amount == null) {
            return null;
        }
        return new JsonObject().put("value", amount.value()).put("unit", amount.unit()).put("text", amount.text());
    }

    /** Ids derive from the article version and the event's place in it, so a replay gives the same ids. */
    static UUID eventId(UUID article, int version, int ordinal) {
        return UUID.nameUUIDFromBytes(("event:" + article + ":" + version + ":" + ordinal).getBytes(StandardCharsets.UTF_8));
    }
}
