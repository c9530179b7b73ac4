package io.dateline.events.repository;

import io.dateline.events.extract.Amount;
import io.dateline.events.extract.ExtractedEvent;
import io.dateline.events.extract.Participant;
import io.dateline.events.service.CodedEvent;
import io.dateline.events.service.CodedEvent.MergeWindow;
import io.dateline.events.service.CodedEvent.Stored;
import io.dateline.events.service.DateSpan;
import io.smallrye.mutiny.Multi;
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

    private static final String CANDIDATES = """
            select id, recipient_key, location_id, location_country, mode, event_date, event_date_end, num_articles
            from event
            where type = $1 and actor_key = $2 and event_date between $3 and $4 and event_date_end >= $5
              and negated = $6 and modality = $7
            order by id limit 50""";
    private static final String INSERT = """
            insert into event (id, type, mode, actor_key, actor_id, actor_name, actor_type, actor_country,
                               recipient_key, recipient_id, recipient_name, recipient_country,
                               location_id, location_name, location_country, event_date, event_date_end,
                               date_value, date_granularity, quantity, negated, modality,
                               reported_by_id, reported_by_name, reported_by_country, summary, created_seq)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
                    $21, $22, $23, $24, $25, $26, $27)""";
    private static final String MENTION = """
            insert into event_mention (event_id, article_id, sentence, sentence_index, applied_seq)
            values ($1, $2, $3, $4, $5) on conflict do nothing""";
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
    private static final String DROP_EMPTY = """
            delete from event e where e.id = any($1)
              and not exists (select 1 from event_mention m where m.event_id = e.id)""";

    /**
     * Merges or inserts each event of one article version, in text order; answers the stored event of each
     * extracted one.
     */
    public Uni<Map<ExtractedEvent, UUID>> write(SqlConnection conn, UUID article, int version, long seq,
                                                List<CodedEvent> events) {
        Map<ExtractedEvent, UUID> stored = new IdentityHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            order.add(i);
        }
        return Multi.createFrom().iterable(order)
                .onItem().transformToUniAndConcatenate(i -> writeOne(conn, article, version, seq, i, events.get(i))
                        .invoke(id -> stored.put(events.get(i).source(), id)))
                .collect().last()
                .replaceWith(stored);
    }

    private Uni<UUID> writeOne(SqlConnection conn, UUID article, int version, long seq, int ordinal, CodedEvent e) {
        Uni<java.util.Optional<Stored>> match = e.mergeable()
                ? candidates(conn, e).map(e::sameAs) : Uni.createFrom().item(java.util.Optional.empty());
        return match.chain(found -> found.isPresent()
                        ? fill(conn, found.get(), e).replaceWith(found.get().id())
                        : insert(conn, eventId(article, version, ordinal), e, seq))
                .call(id -> mention(conn, id, article, e, seq));
    }

    private Uni<List<Stored>> candidates(SqlConnection conn, CodedEvent e) {
        DateSpan span = e.span();
        return conn.preparedQuery(CANDIDATES).execute(Tuple.from(Arrays.asList(e.type(), e.actorKey(),
                        span.start().minusDays(MergeWindow.LOOKBACK_DAYS), span.end().plusDays(MergeWindow.SLACK_DAYS),
                        span.start().minusDays(MergeWindow.SLACK_DAYS), e.negated(), e.modality())))
                .map(rows -> {
                    List<Stored> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(new Stored(r.getUUID(0), r.getString(1), r.getString(2), r.getString(3),
                                r.getString(4), new DateSpan(r.getLocalDate(5), r.getLocalDate(6)), r.getInteger(7)));
                    }
                    return found;
                });
    }

    private Uni<Void> fill(SqlConnection conn, Stored into, CodedEvent e) {
        Uni<Void> done = Uni.createFrom().voidItem();
        if (into.recipientKey() == null && e.recipient() != null) {
            Participant r = e.recipient();
            done = done.call(() -> conn.preparedQuery(FILL_RECIPIENT)
                    .execute(Tuple.of(into.id(), e.recipientKey(), r.entityId(), r.name(), r.country())));
        }
        if (into.locationId() == null && e.locationName() != null) {
            done = done.call(() -> conn.preparedQuery(FILL_LOCATION)
                    .execute(Tuple.of(into.id(), e.locationId(), e.locationName(), e.locationCountry())));
        }
        return done;
    }

    private Uni<UUID> insert(SqlConnection conn, UUID id, CodedEvent e, long seq) {
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

    private Uni<Void> mention(SqlConnection conn, UUID event, UUID article, CodedEvent e, long seq) {
        var evidence = e.source().evidence();
        return conn.preparedQuery(MENTION)
                .execute(Tuple.of(event, article, evidence.text(), evidence.sentenceIndex(), seq)).replaceWithVoid();
    }

    /** Recomputes numArticles, numSources and the story of the events, then drops those no article mentions. */
    public Uni<Void> recount(SqlConnection conn, List<UUID> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID[] ids = events.stream().distinct().toArray(UUID[]::new);
        return conn.preparedQuery(RECOUNT).execute(Tuple.of(ids))
                .chain(() -> conn.preparedQuery(DROP_EMPTY).execute(Tuple.of(ids)))
                .replaceWithVoid();
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
