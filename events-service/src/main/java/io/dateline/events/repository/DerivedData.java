package io.dateline.events.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/** Everything derived from the feed, cleared at once for a replay from zero. */
@ApplicationScoped
public class DerivedData {

    private final Pool pool;

    public DerivedData(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> clear() {
        return pool.withTransaction(conn -> conn.query("select last_seq from feed_position for update").execute()
                .chain(() -> conn.query("""
                        truncate event_mention, event, quote, article_entity, article_ref, story, story_log, story_image, entity""")
                        .execute())
                .chain(() -> conn.query("update feed_position set last_seq = 0, updated_at = now()").execute())
                .replaceWithVoid());
    }
}
