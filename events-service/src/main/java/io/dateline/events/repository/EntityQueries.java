package io.dateline.events.repository;

import io.dateline.events.view.EntityView;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads the entity catalogue, by name, with event, article and mention counts. */
@ApplicationScoped
public class EntityQueries {

    /** A page position: the lower-case name and id of the last entity seen. */
    public record After(String name, String id) {
    }

    private static final String COLUMNS = """
            e.id, e.name, e.type, e.country, e.aliases,
            (select count(*) from event v where v.actor_id = e.id)
              + (select count(*) from event v where v.recipient_id = e.id and v.actor_id is distinct from e.id),
            (select count(*) from article_entity ae where ae.entity_id = e.id),
            (select coalesce(sum(ae.mentions), 0) from article_entity ae where ae.entity_id = e.id)""";

    private final Pool pool;

    public EntityQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<EntityView>> list(String q, String type, After after, int limit) {
        SqlFilter where = new SqlFilter()
                .add("lower(e.name) like lower(?) || '%' or e.id = ?", q)
                .add("e.type = ?", type)
                .add("(lower(e.name), e.id) > (?, ?)", after == null ? null : after.name(), after == null ? null : after.id());
        String sql = "select " + COLUMNS + " from entity e where " + where.where()
                + " order by lower(e.name), e.id limit " + where.param(limit);
        return pool.preparedQuery(sql).execute(where.tuple()).map(rows -> {
            List<EntityView> found = new ArrayList<>();
            rows.forEach(r -> found.add(view(r)));
            return found;
        });
    }

    public Uni<EntityView> find(String id) {
        return pool.preparedQuery("select " + COLUMNS + " from entity e where e.id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : view(rows.iterator().next()));
    }

    private static EntityView view(Row r) {
        JsonArray aliases = (JsonArray) r.getValue(4);
        List<String> names = new ArrayList<>();
        if (aliases != null) {
            aliases.forEach(a -> names.add(String.valueOf(a)));
        }
        return new EntityView(r.getString(0), r.getString(1), r.getString(2), r.getString(3), names,
                r.getLong(5).intValue(), r.getLong(6).intValue(), r.getLong(7).intValue(), null, null, null);
    }
}
