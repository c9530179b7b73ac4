package io.dateline.events.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Every story assignment in applied order with the term counts it used: what the story index is rebuilt from. */
@ApplicationScoped
public class StoryLog {

    private static final int PAGE = 2000;

    /** One logged change: an assignment, or a withdrawal from {@code storyId} when {@code terms} is null. */
    public record Entry(long seq, String articleId, String storyId, String title, Instant publishedAt, Map<String, Double> terms) {

        public boolean withdrawal() {
            return terms == null;
        }
    }

    private final Pool pool;

    public StoryLog(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> append(SqlConnection conn, long seq, String articleId, String title, Instant at,
                            Map<String, Double> terms) {
        return conn.preparedQuery("""
                        insert into story_log (seq, step, article_id, title, published_at, terms)
                        values ($1, 1, $2, $3, $4, $5)""")
                .execute(Tuple.of(seq, UUID.fromString(articleId), title, at.atOffset(ZoneOffset.UTC),
                        new JsonObject(new HashMap<>(terms))))
                .replaceWithVoid();
    }

    public Uni<Void> appendWithdrawal(SqlConnection conn, long seq, UUID article, UUID story) {
        return conn.preparedQuery("""
                        insert into story_log (seq, step, article_id, story_id, title, published_at)
                        values ($1, 0, $2, $3, '', now())""")
                .execute(Tuple.of(seq, article, story)).replaceWithVoid();
    }

    /** Feeds every change logged after {@code seq}, in order, to {@code apply} on {@code thread}; answers how many. */
    public Uni<Long> replay(long seq, Consumer<Entry> apply, Executor thread) {
        return replayFrom(seq, 0, apply, thread);
    }

    private Uni<Long> replayFrom(long after, long done, Consumer<Entry> apply, Executor thread) {
        // A page ends at a whole seq (both steps), so the next page starts after it.
        return pool.preparedQuery("""
                        select seq, article_id, title, published_at, terms, story_id from story_log
                        where seq > $1 and seq <= (select coalesce(max(seq), $1) from
                                                   (select seq from story_log where seq > $1 order by seq limit $2) p)
                        order by seq, step""")
                .execute(Tuple.of(after, PAGE))
                .emitOn(thread)
                .chain(rows -> {
                    List<Entry> page = new ArrayList<>();
                    long last = after;
                    for (Row r : rows) {
                        last = r.getLong(0);
                        page.add(entry(r));
                    }
                    page.forEach(apply);
                    long total = done + page.size();
                    return page.isEmpty() ? Uni.createFrom().item(total) : replayFrom(last, total, apply, thread);
                });
    }

    private static Entry entry(Row r) {
        JsonObject logged = (JsonObject) r.getValue(4);
        Map<String, Double> terms = logged == null ? null : new HashMap<>();
        if (logged != null) {
            logged.forEach(e -> terms.put(e.getKey(), ((Number) e.getValue()).doubleValue()));
        }
        OffsetDateTime at = r.getOffsetDateTime(3);
        UUID story = r.getUUID(5);
        return new Entry(r.getLong(0), r.getUUID(1).toString(), story == null ? null : story.toString(), r.getString(2),
                at.toInstant(), terms);
    }
}
