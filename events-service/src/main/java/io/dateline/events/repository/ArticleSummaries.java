package io.dateline.events.repository;

import io.dateline.events.view.ArticleSummary;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the events side knows of one article, for the gateway to compose into GET /articles/{id}. */
@ApplicationScoped
public class ArticleSummaries {

    private final Pool pool;

    public ArticleSummaries(Pool pool) {
        this.pool = pool;
    }

    /** The summary, or null when no applied feed entry carries the article. */
    public Uni<ArticleSummary> find(UUID article) {
        return pool.preparedQuery("""
                        select a.lead, s.id, s.title from article_ref a left join story s on s.id = a.story_id
                        where a.article_id = $1""")
                .execute(Tuple.of(article))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    Row r = rows.iterator().next();
                    JsonObject lead = (JsonObject) r.getValue(0);
                    ArticleSummary.StoryRef story = r.getUUID(1) == null ? null
                            : new ArticleSummary.StoryRef(r.getUUID(1), r.getString(2));
                    return events(article).map(events ->
                            new ArticleSummary(article, events, lead == null ? null : lead.getMap(), story));
                });
    }

    private Uni<List<ArticleSummary.EventRef>> events(UUID article) {
        return pool.preparedQuery("""
                        select e.id, e.type, e.summary from event e
                        where e.id in (select m.event_id from event_mention m where m.article_id = $1)
                        order by (select min(m.sentence_index) from event_mention m
                                  where m.event_id = e.id and m.article_id = $1), e.id""")
                .execute(Tuple.of(article))
                .map(rows -> {
                    List<ArticleSummary.EventRef> found = new ArrayList<>();
                    for (Row r : rows) {
                        found.add(new ArticleSummary.EventRef(r.getUUID(0), r.getString(1), r.getString(2)));
                    }
                    return found;
                });
    }
}
