package io.dateline.articles.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Full-text search and filtered listing over articles: a generated tsvector with a GIN index,
 * ranked by relevance when there is a query and by publication date otherwise, with keyset paging.
 */
@ApplicationScoped
public class ArticleSearch {

    /** Marks ts_headline puts around matches; never present in stored text (control characters are removed at ingest). */
    public static final char START = '\u0002', STOP = '\u0003';

    /** The search: every field optional. */
    public record Query(String q, String source, String entity, String language, OffsetDateTime from,
                        OffsetDateTime to, boolean hideDuplicates, Double afterRank, OffsetDateTime afterTime,
                        UUID afterId, int limit) {
    }

    /** One hit: the article's list fields, the snippet with match marks, and its sort key. */
    public record Hit(UUID id, String url, String source, String title, OffsetDateTime publishedAt, String language,
                      UUID duplicateOf, OffsetDateTime ingestedAt, String markedSnippet, Double rank,
                      OffsetDateTime sortTime) {
    }

    private final Pool pool;

    public ArticleSearch(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Hit>> search(Query q) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        String rank = "null::float8";
        String snippet = "null::text";
        String tsQuery = null;
        if (q.q() != null) {
            args.add(q.q());
            // English stems and plain words, so English and other languages both match.
            tsQuery = "(websearch_to_tsquery('english', $1) || websearch_to_tsquery('simple', $1))";
            where.append(" and (a.search @@ websearch_to_tsquery('english', $1) or a.search @@ websearch_to_tsquery('simple', $1))");
            rank = "ts_rank_cd(a.search, " + tsQuery + ")::float8";
            snippet = "ts_headline(article_search_config(a.language), a.text, " + tsQuery
                    + ", 'MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter= … , StartSel=" + START
                    + ", StopSel=" + STOP + "')";
        }
        if (q.source() != null) {
            args.add(q.source());
            where.append(" and a.source = $").append(args.size());
        }
        if (q.entity() != null) {
            args.add(new String[] {q.entity(), "name:" + q.entity().toLowerCase(java.util.Locale.ROOT)});
            where.append(" and a.entity_ids && $").append(args.size()).append("::text[]");
        }
        if (q.language() != null) {
            args.add(q.language());
            where.append(" and (a.language = $").append(args.size()).append(" or a.language like $")
                    .append(args.size()).append(" || '-%')");
        }
        if (q.from() != null) {
            args.add(q.from());
            where.append(" and a.published_at >= $").append(args.size());
        }
        if (q.to() != null) {
            args.add(q.to());
            where.append(" and a.published_at <= $").append(args.size());
        }
        if (q.hideDuplicates()) {
            where.append(" and a.duplicate_of is null");
        }
        String sortTime = "coalesce(a.published_at, a.ingested_at)";
        if (q.afterId() != null) {
            if (q.q() != null) {
                args.add(q.afterRank());
                int r = args.size();
                args.add(q.afterId());
                where.append(" and (").append(rank).append(" < $").append(r).append(" or (").append(rank)
                        .append(" = $").append(r).append(" and a.id < $").append(args.size()).append("))");
            } else {
                args.add(q.afterTime());
                int t = args.size();
                args.add(q.afterId());
                where.append(" and (").append(sortTime).append(" < $").append(t).append(" or (").append(sortTime)
                        .append(" = $").append(t).append(" and a.id < $").append(args.size()).append("))");
            }
        }
        String order = q.q() != null ? " order by rank desc, a.id desc" : " order by sort_time desc, a.id desc";
        args.add(q.limit());
        String sql = "select a.id, a.url, a.source, a.title, a.published_at, a.language, a.duplicate_of, a.ingested_at, "
                + snippet + " as snippet, " + rank + " as rank, " + sortTime + " as sort_time from article a"
                + where + order + " limit $" + args.size();
        return pool.preparedQuery(sql).execute(Tuple.from(args)).map(rows -> {
            List<Hit> hits = new ArrayList<>();
            for (Row r : rows) {
                hits.add(new Hit(r.getUUID("id"), r.getString("url"), r.getString("source"), r.getString("title"),
                        r.getOffsetDateTime("published_at"), r.getString("language"), r.getUUID("duplicate_of"),
                        r.getOffsetDateTime("ingested_at"), r.getString("snippet"), r.getDouble("rank"),
                        r.getOffsetDateTime("sort_time")));
            }
            return hits;
        });
    }
}
