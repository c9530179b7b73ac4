package io.dateline.articles.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.dateline.articles.nlp.PersonRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The entities articles mention, with how many articles and mentions each has. */
@ApplicationScoped
public class EntityCatalogue {

    /** One catalogue entry. */
    public record Entry(String id, String name, String type, String country, String role, List<String> aliases,
                        long articleCount, long mentionCount) {
    }

    private static final String SELECT = """
            select e.id, e.name, e.type, e.country, e.role, e.aliases,
                   count(ae.article_id) as articles, coalesce(sum(ae.mentions), 0) as mentions
            from entity e left join article_entity ae on ae.entity_id = e.id""";

    private final Pool pool;

    public EntityCatalogue(Pool pool) {
        this.pool = pool;
    }

    /** Most mentioned first; {@code q} matches the start of the name or of an alias, case-insensitively. */
    public Uni<List<Entry>> search(String q, String type, int offset, int limit) {
        String pattern = q == null ? null : q.toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        return pool.preparedQuery(SELECT + """
                         where ($1::text is null or lower(e.name) like $1 or lower(e.name) like '% ' || $1
                                or exists (select 1 from unnest(e.aliases) a where lower(a) like $1))
                           and ($2::text is null or e.type = $2)
                        group by e.id order by articles desc, e.id offset $3 limit $4""")
                .execute(Tuple.of(pattern, type, offset, limit))
                .map(EntityCatalogue::entries);
    }

    /** Every catalogued person, for folding new spellings into known people. */
    public Uni<List<PersonRegistry.KnownPerson>> persons() {
        return pool.query("select id, name, role, affiliation, country from entity where type = 'PERSON'").execute()
                .map(rows -> {
                    List<PersonRegistry.KnownPerson> people = new ArrayList<>();
                    for (Row r : rows) {
                        people.add(new PersonRegistry.KnownPerson(r.getString(0), r.getString(1), r.getString(2),
                                r.getString(3), r.getString(4)));
                    }
                    return people;
                });
    }

    public Uni<Entry> find(String id) {
        return pool.preparedQuery(SELECT + " where e.id = $1 group by e.id").execute(Tuple.of(id))
                .map(rows -> entries(rows).stream().findFirst().orElse(null));
    }

    private static List<Entry> entries(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<Entry> out = new ArrayList<>();
        for (Row r : rows) {
            String[] aliases = r.getArrayOfStrings("aliases");
            out.add(new Entry(r.getString("id"), r.getString("name"), r.getString("type"), r.getString("country"),
                    r.getString("role"), aliases == null ? List.of() : Arrays.asList(aliases),
                    r.getLong("articles"), r.getLong("mentions")));
        }
        return out;
    }
}
