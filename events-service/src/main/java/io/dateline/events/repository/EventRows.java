package io.dateline.events.repository;

import io.dateline.events.view.EventView;
import io.dateline.events.view.Party;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;

/** The columns an event is read with, and their mapping to the view. */
final class EventRows {

    static final String COLUMNS = """
            e.id, e.type, e.mode, e.actor_id, e.actor_name, e.actor_country, e.recipient_id, e.recipient_name,
            e.recipient_country, e.location_id, e.location_name, e.location_country, e.date_value,
            e.date_granularity, e.quantity, e.negated, e.modality, e.summary, ev.article_id, ev.sentence,
            e.num_articles, e.num_sources, e.story_id, e.reported_by_id, e.reported_by_name, e.sort_date,
            e.reported_by_country""";
    /** The first mention, as the event's evidence. */
    static final String EVIDENCE = """
            left join lateral (select m.article_id, m.sentence from event_mention m where m.event_id = e.id
                               order by m.applied_seq, m.article_id, m.sentence_index limit 1) ev on true""";

    private EventRows() {
    }

    static List<EventView> all(RowSet<Row> rows) {
        List<EventView> found = new ArrayList<>();
        rows.forEach(r -> found.add(view(r)));
        return found;
    }

    static EventView view(Row r) {
        JsonObject quantity = (JsonObject) r.getValue(14);
        return new EventView(r.getUUID(0), r.getString(1), r.getString(2),
                Party.of(r.getString(3), r.getString(4), r.getString(5)),
                Party.of(r.getString(6), r.getString(7), r.getString(8)),
                Party.of(r.getString(9), r.getString(10), r.getString(11)),
                r.getString(12), r.getString(13), quantity == null ? null : quantity.getMap(), r.getBoolean(15),
                r.getString(16), r.getString(17),
                r.getUUID(18) == null ? null : new EventView.Evidence(r.getUUID(18), r.getString(19)),
                r.getInteger(20), r.getInteger(21), r.getUUID(22), Party.of(r.getString(23), r.getString(24), r.getString(26)),
                null, r.getLocalDate(25));
    }
}
