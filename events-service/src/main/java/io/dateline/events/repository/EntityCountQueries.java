package io.dateline.events.repository;

import io.dateline.events.view.EntityEventCounts;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Event counts of many entities in one query, for a page of the catalogue the articles-service holds. */
@ApplicationScoped
public class EntityCountQueries {

    // Both counts come from the (actor_id, sort_date) and (recipient_id, sort_date) indexes.
    private static final String SQL = """
            select i.id,
                   (select count(*) from event v where v.actor_id = i.id),
                   (select count(*) from event v where v.recipient_id = i.id),
                   (select count(*) from event v where v.recipient_id = i.id and v.actor_id = i.id)
            from unnest($1::text[]) as i(id)""";

    private final Pool pool;

    public EntityCountQueries(Pool pool) {
        this.pool = pool;
    }

    /** Every asked id with at least one event; ids with none are left out. */
    public Uni<Map<String, EntityEventCounts>> of(List<String> ids) {
        return pool.preparedQuery(SQL).execute(Tuple.tuple().addArrayOfString(ids.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, EntityEventCounts> counts = new LinkedHashMap<>();
                    for (Row r : rows) {
                        int actor = r.getLong(1).intValue();
                        int recipient = r.getLong(2).intValue();
                        int both = r.getLong(3).intValue();
                        if (actor + recipient > 0) {
                            counts.put(r.getString(0), new EntityEventCounts(actor + recipient - both, actor, recipient));
                        }
                    }
                    return counts;
                });
    }
}
