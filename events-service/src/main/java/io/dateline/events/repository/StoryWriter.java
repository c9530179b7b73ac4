package io.dateline.events.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** Stories as stored: the index's id and title, with counts and time span recomputed from their articles. */
@ApplicationScoped
public class StoryWriter {

    private static final String UPSERT = """
            insert into story (id, title, first_seen, last_seen) values ($1, $2, $3, $3)
            on conflict (id) do update set title = excluded.title""";
    private static final String RECOUNT = """
            with c as (select story_id, count(*) n, count(distinct coalesce(source, article_id::text)) sources,
                              min(published_at) first, max(published_at) last
                       from article_ref where story_id = any($1) group by story_id)
            update story s set num_articles = c.n, num_sources = c.sources,
                   first_seen = coalesce(c.first, s.first_seen), last_seen = coalesce(c.last, s.last_seen)
            from c where s.id = c.story_id""";
    private static final String DROP_EMPTY = """
            delete from story s where s.id = any($1)
              and not exists (select 1 from article_ref a where a.story_id = s.id)""";

    public Uni<Void> upsert(SqlConnection conn, UUID id, String title, Instant at) {
        return conn.preparedQuery(UPSERT).execute(Tuple.of(id, title, at.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    public Uni<Void> recount(SqlConnection conn, UUID... stories) {
        UUID[] ids = java.util.Arrays.stream(stories).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        if (ids.length == 0) {
            return Uni.createFrom().voidItem();
        }
        return Statements.together(java.util.List.of(conn.preparedQuery(RECOUNT).execute(Tuple.of(ids)),
                conn.preparedQuery(DROP_EMPTY).execute(Tuple.of(ids))));
    }
}
