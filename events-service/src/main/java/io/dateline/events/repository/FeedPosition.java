package io.dateline.events.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** The high-water mark of the articles feed: the last seq applied, moved in the transaction that applied it. */
@ApplicationScoped
public class FeedPosition {

    private static final String FEED = "articles";

    private final Pool pool;

    public FeedPosition(Pool pool) {
        this.pool = pool;
    }

    public Uni<Long> read() {
        return pool.preparedQuery("select last_seq from feed_position where feed = $1").execute(Tuple.of(FEED))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Reads the mark and holds its row lock until the transaction ends, so racing appliers queue here. */
    public Uni<Long> lock(SqlConnection conn) {
        return conn.preparedQuery("select last_seq from feed_position where feed = $1 for update").execute(Tuple.of(FEED))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Void> move(SqlConnection conn, long seq) {
        return conn.preparedQuery("update feed_position set last_seq = $2, updated_at = now() where feed = $1")
                .execute(Tuple.of(FEED, seq)).replaceWithVoid();
    }
}
