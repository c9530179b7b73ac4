package io.dateline.events.repository;

import io.dateline.events.view.EventView;
import io.dateline.events.view.MentionView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads events: filtered lists newest first, one event with its mentions, timelines oldest first. */
@ApplicationScoped
public class EventQueries {

    /** A page position: the sort date and id of the last event seen. */
    public record After(LocalDate date, UUID id) {
    }

    private final Pool pool;

    public EventQueries(Pool pool) {
        this.pool = pool;
    }

    /** Up to {@code limit} events matching the filter, newest first, after the given position. */
    public Uni<List<EventView>> list(EventFilter f, After after, int limit) {
        SqlFilter where = new SqlFilter()
                .add("e.type = ?", f.type())
                .add("e.actor_id = ?", f.actor())
                .add("e.recipient_id = ?", f.recipient())
                .add("e.actor_id = ? or e.recipient_id = ?", f.entity())
                .add("e.location_id = ? or 'country:' || e.location_country = ?", f.location())
                .add("e.event_date_end >= ?", f.from())
                .add("e.event_date <= ?", f.to())
                .add("e.story_id = ?", f.story())
                .add("e.num_sources >= ?", f.minSources())
                .add("to_tsvector('english', e.summary) @@ plainto_tsquery('english', ?)", f.q())
                .add("(e.sort_date, e.id) < (?, ?)", after == null ? null : after.date(), after == null ? null : after.id());
        String sql = "select " + EventRows.COLUMNS + " from event e " + EventRows.EVIDENCE + " where " + where.where()
                + " order by e.sort_date desc, e.id desc limit " + where.param(limit);
        return pool.preparedQuery(sql).execute(where.tuple()).map(EventRows::all);
    }

    /** Dated events naming the entity as actor or recipient, oldest first. */
    public Uni<List<EventView>> timeline(String entity, LocalDate from, LocalDate to, After after, int limit) {
        SqlFilter where = new SqlFilter()
                .add("e.actor_id = ? or e.recipient_id = ?", entity)
                .add("e.event_date is not null")
                .add("e.event_date_end >= ?", from)
                .add("e.event_date <= ?", to)
                .add("(e.sort_date, e.id) > (?, ?)", after == null ? null : after.date(), after == null ? null : after.id());
        String sql = "select " + EventRows.COLUMNS + " from event e " + EventRows.EVIDENCE + " where " + where.where()
                + " order by e.sort_date, e.id limit " + where.param(limit);
        return pool.preparedQuery(sql).execute(where.tuple()).map(EventRows::all);
    }

    /** The event with every mention, or null. */
    public Uni<EventView> find(UUID id) {
        String sql = "select " + EventRows.COLUMNS + " from event e " + EventRows.EVIDENCE + " where e.id = $1";
        return pool.preparedQuery(sql).execute(Tuple.of(id)).chain(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().nullItem();
            }
            EventView event = EventRows.view(rows.iterator().next());
            return mentions(id).map(event::withMentions);
        });
    }

    private Uni<List<MentionView>> mentions(UUID event) {
        return pool.preparedQuery("""
                        select m.article_id, a.source, a.title, a.published_at, m.sentence
                        from event_mention m join article_ref a on a.article_id = m.article_id
                        where m.event_id = $1 order by a.published_at nulls last, m.applied_seq, m.sentence_index""")
                .execute(Tuple.of(event))
                .map(rows -> {
                    List<MentionView> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(new MentionView(r.getUUID(0), r.getString(1), r.getString(2),
                                r.getOffsetDateTime(3), r.getString(4)));
                    }
                    return found;
                });
    }

    /** The events of a story, oldest first (its timeline). */
    public Uni<List<EventView>> ofStory(UUID story, int limit) {
        String sql = "select " + EventRows.COLUMNS + " from event e " + EventRows.EVIDENCE
                + " where e.story_id = $1 order by e.sort_date, e.id limit $2";
        return pool.preparedQuery(sql).execute(Tuple.of(story, limit)).map(EventRows::all);
    }

    /** The newest events with the entity in one role ("actor" or "recipient"). */
    public Uni<List<EventView>> withRole(String entity, String role, int limit) {
        String column = role.equals("actor") ? "e.actor_id" : "e.recipient_id";
        String sql = "select " + EventRows.COLUMNS + " from event e " + EventRows.EVIDENCE + " where " + column
                + " = $1 order by e.sort_date desc, e.id desc limit $2";
        return pool.preparedQuery(sql).execute(Tuple.of(entity, limit)).map(EventRows::all);
    }
}
