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

    /** One logged assignment. */
    public record Entry(String articleId, String title, Instant publishedAt, Map<String, Double> terms) {
    }

    private final Pool pool;

    public StoryLog(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> append(SqlConnection conn, long seq, String articleId, String title, Instant at,
                            Map<String, Double> terms) {
        return conn.preparedQuery("insert into story_log (seq, article_id, title, published_at, terms) values ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(seq, UUID.fromString(articleId), title, at.atOffset(ZoneOffset.UTC),
                        new JsonObject(new HashMap<>(terms))))
                .replaceWithVoid();
    }

    /** Feeds every logged assignment, in order, to {@code apply} on {@code thread}; answers how many. */
    public Uni<Long> replay(Consumer<Entry> apply, Executor thread) {
        return replayFrom(Long.MIN_VALUE, 0, apply, thread);
    }

    private Uni<Long> replayFrom(long after, long done, Consumer<Entry> apply, Executor thread) {
        return pool.preparedQuery("select seq, article_id, title, published_at, terms from story_log where seq > $1 order by seq limit $2")
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
                    return page.size() < PAGE ? Uni.createFrom().item(total) : replayFrom(last, total, apply, thread);
                });
    }

    private static Entry entry(Row r) {
        Map<String, Double> terms = new HashMap<>();
        ((JsonObject) r.getValue(4)).forEach(e -> terms.put(e.getKey(), ((Number) e.getValue()).doubleValue()));
        OffsetDateTime at = r.getOffsetDateTime(3);
        return new Entry(r.getUUID(1).toString(), r.getString(2), at.toInstant(), terms);
    }
}
