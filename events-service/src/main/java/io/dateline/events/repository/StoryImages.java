package io.dateline.events.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** Images of the story index, each as of a feed seq; only the latest is kept. */
@ApplicationScoped
public class StoryImages {

    /** The index's bytes as of {@code seq}: every story_log row up to it is in them. */
    public record Image(long seq, byte[] state) {
    }

    private final Pool pool;

    public StoryImages(Pool pool) {
        this.pool = pool;
    }

    /** The latest image, or null. */
    public Uni<Image> latest() {
        return pool.query("select seq, state from story_image order by seq desc limit 1").execute()
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row r = rows.iterator().next();
                    return new Image(r.getLong(0), r.getBuffer(1).getBytes());
                });
    }

    /**
     * Stores the image unless the log it was made from is gone (a reset happened meanwhile): under the feed
     * mark's lock, which a reset takes too, the log must still hold the image's seq.
     */
    public Uni<Boolean> save(Image image) {
        return pool.withTransaction(conn -> conn.query("select last_seq from feed_position for update").execute()
                .chain(() -> conn.preparedQuery("""
                                insert into story_image (seq, state)
                                select $1, $2 where exists (select 1 from story_log where seq = $1)
                                on conflict (seq) do update set state = excluded.state, taken_at = now()""")
                        .execute(Tuple.of(image.seq(), Buffer.buffer(image.state()).getDelegate())))
                .chain(inserted -> inserted.rowCount() == 0 ? Uni.createFrom().item(false)
                        : conn.preparedQuery("delete from story_image where seq < $1").execute(Tuple.of(image.seq()))
                                .replaceWith(true)));
    }
}
