package io.dateline.events.repository;

import io.dateline.events.view.Party;
import io.dateline.events.view.QuoteView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads quotes, newest first. */
@ApplicationScoped
public class QuoteQueries {

    /** A page position: the sort time and id of the last quote seen. */
    public record After(OffsetDateTime at, UUID id) {
    }

    private final Pool pool;

    public QuoteQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<QuoteView>> list(String speaker, String q, LocalDate from, LocalDate to, After after, int limit) {
        SqlFilter where = new SqlFilter()
                .add("q.speaker_id = ?", speaker)
                .add("to_tsvector('english', q.text) @@ plainto_tsquery('english', ?)", q)
                .add("q.said_at >= ?", from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC))
                .add("q.said_at < ?", to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .add("(q.sort_at, q.id) < (?, ?)", after == null ? null : after.at(), after == null ? null : after.id());
        String sql = """
                select q.id, q.speaker_id, q.speaker_name, q.text, q.article_id, a.source, a.title, q.sentence_index,
                       q.start_offset, q.end_offset, q.indirect, q.said_at, q.sort_at
                from quote q join article_ref a on a.article_id = q.article_id where """ + " " + where.where()
                + " order by q.sort_at desc, q.id desc limit " + where.param(limit);
        return pool.preparedQuery(sql).execute(where.tuple()).map(rows -> {
            List<QuoteView> found = new ArrayList<>();
            for (Row r : rows) {
                found.add(new QuoteView(r.getUUID(0), Party.of(r.getString(1), r.getString(2), null), r.getString(3),
                        r.getUUID(4), r.getString(5), r.getString(6), r.getInteger(7), r.getInteger(8),
                        r.getInteger(9), r.getBoolean(10), r.getOffsetDateTime(11)));
            }
            return found;
        });
    }

    /** The time a page of quotes continues after: a quote without a date sorts as the oldest. */
    public static OffsetDateTime sortTime(QuoteView q) {
        return q.saidAt() != null ? q.saidAt() : OffsetDateTime.parse("0001-01-01T00:00Z");
    }
}
