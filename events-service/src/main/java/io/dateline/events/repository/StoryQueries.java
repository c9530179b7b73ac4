package io.dateline.events.repository;

import io.dateline.events.view.ArticleItem;
import io.dateline.events.view.EntityCount;
import io.dateline.events.view.StoryView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads stories, most recently active first, with their articles and main entities. */
@ApplicationScoped
public class StoryQueries {

    private static final int LISTED_ARTICLES = 10;
    private static final int LISTED_ENTITIES = 10;

    /** A page position: the last-seen time and id of the last story seen. */
    public record After(OffsetDateTime lastSeen, UUID id) {
    }

    private final Pool pool;

    public StoryQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<StoryView>> list(String q, LocalDate from, LocalDate to, String entity, After after, int limit) {
        SqlFilter where = new SqlFilter()
                .add("s.title ilike '%' || ? || '%'", q)
                .add("s.last_seen >= ?", from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC))
                .add("s.first_seen < ?", to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .add("exists (select 1 from article_entity ae join article_ref a on a.article_id = ae.article_id"
                        + " where a.story_id = s.id and ae.entity_id = ?)", entity)
                .add("(s.last_seen, s.id) < (?, ?)", after == null ? null : after.lastSeen(), after == null ? null : after.id());
        String sql = "select s.id, s.title, s.first_seen, s.last_seen, s.num_articles, s.num_sources from story s where "
                + where.where() + " order by s.last_seen desc, s.id desc limit " + where.param(limit);
        return pool.preparedQuery(sql).execute(where.tuple()).chain(rows -> {
            List<StoryView> stories = new ArrayList<>();
            rows.forEach(r -> stories.add(story(r)));
            return withParts(stories, LISTED_ARTICLES, LISTED_ENTITIES);
        });
    }

    public Uni<StoryView> find(UUID id) {
        return pool.preparedQuery("select s.id, s.title, s.first_seen, s.last_seen, s.num_articles, s.num_sources from story s where s.id = $1")
                .execute(Tuple.of(id))
                .chain(rows -> rows.size() == 0 ? Uni.createFrom().<StoryView>nullItem()
                        : withParts(List.of(story(rows.iterator().next())), 1000, 50).map(l -> l.get(0)));
    }

    private Uni<List<StoryView>> withParts(List<StoryView> stories, int articles, int entities) {
        if (stories.isEmpty()) {
            return Uni.createFrom().item(stories);
        }
        UUID[] ids = stories.stream().map(StoryView::id).toArray(UUID[]::new);
        return articles(ids, articles).chain(byStory -> entities(ids, entities).map(named -> stories.stream()
                .map(s -> s.with(byStory.getOrDefault(s.id(), List.of()), named.getOrDefault(s.id(), List.of()), null))
                .toList()));
    }

    private Uni<Map<UUID, List<ArticleItem>>> articles(UUID[] stories, int perStory) {
        return pool.preparedQuery("""
                        select story_id, article_id, source, title, published_at from (
                          select a.*, row_number() over (partition by a.story_id
                                                         order by a.published_at desc nulls last, a.article_id) n
                          from article_ref a where a.story_id = any($1)) x
                        where n <= $2 order by story_id, n""")
                .execute(Tuple.of(stories, perStory))
                .map(rows -> {
                    Map<UUID, List<ArticleItem>> found = new HashMap<>();
                    for (Row r : rows) {
                        found.computeIfAbsent(r.getUUID(0), k -> new ArrayList<>()).add(
                                new ArticleItem(r.getUUID(1), r.getString(2), r.getString(3), r.getOffsetDateTime(4)));
                    }
                    return found;
                });
    }

    private Uni<Map<UUID, List<EntityCount>>> entities(UUID[] stories, int perStory) {
        return pool.preparedQuery("""
                        select x.story_id, x.entity_id, e.name, e.type, x.mentions from (
                          select a.story_id, ae.entity_id, sum(ae.mentions)::int mentions,
                                 row_number() over (partition by a.story_id order by sum(ae.mentions) desc, ae.entity_id) n
                          from article_entity ae join article_ref a on a.article_id = ae.article_id
                          where a.story_id = any($1) group by a.story_id, ae.entity_id) x
                        join entity e on e.id = x.entity_id
                        where x.n <= $2 order by x.story_id, x.n""")
                .execute(Tuple.of(stories, perStory))
                .map(rows -> {
                    Map<UUID, List<EntityCount>> found = new HashMap<>();
                    for (Row r : rows) {
                        found.computeIfAbsent(r.getUUID(0), k -> new ArrayList<>()).add(
                                new EntityCount(r.getString(1), r.getString(2), r.getString(3), r.getInteger(4)));
                    }
                    return found;
                });
    }

    private static StoryView story(Row r) {
        return new StoryView(r.getUUID(0), r.getString(1), r.getOffsetDateTime(2), r.getOffsetDateTime(3),
                r.getInteger(4), r.getInteger(5), List.of(), List.of(), null);
    }
}
