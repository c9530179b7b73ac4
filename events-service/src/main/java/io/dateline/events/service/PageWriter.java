package io.dateline.events.service;

import io.dateline.events.cluster.StoryAssignment;
import io.dateline.events.repository.ArticleWriter;
import io.dateline.events.repository.EventWriter;
import io.dateline.events.repository.PageEvents;
import io.dateline.events.repository.Statements;
import io.dateline.events.repository.StoryWriter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a page of articles new to the service in a few rounds of statements sent together, with the same
 * result as writing them one after the other: the stories of all are assigned in one visit to the index, the
 * merge candidates of all their events are queried at once, merging is decided in memory in feed order (what
 * earlier articles of the page wrote is seen as the candidate query would have seen it), then every row is
 * sent, and events and stories are recounted once. A page with a deletion, an article twice, or an article
 * already stored is left to {@link EntryWriter}, entry by entry, since removals change what later entries see.
 */
@ApplicationScoped
public class PageWriter {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PageWriter.class);

    /**
     * A mention's article always has its reference row (foreign key), so the references alone tell. No LIMIT: with
     * one, the cached generic plan scans the whole table, expecting to stop early, and here nothing is found.
     */
    private static final String STORED = "select count(*) from article_ref where article_id = any($1)";

    private final ArticleWriter articles;
    private final EventWriter events;
    private final StoryWriter stories;
    private final StoryClustering clustering;
    private final EntryWriter entries;

    public PageWriter(ArticleWriter articles, EventWriter events, StoryWriter stories, StoryClustering clustering,
                      EntryWriter entries) {
        this.articles = articles;
        this.events = events;
        this.stories = stories;
        this.clustering = clustering;
        this.entries = entries;
    }

    /** Writes the entries, all above the mark, in feed order. */
    public Uni<Void> write(SqlConnection conn, List<PreparedEntry> page) {
        UUID[] ids = page.stream().map(p -> UUID.fromString(p.entry().articleId())).toArray(UUID[]::new);
        boolean allNew = page.stream().noneMatch(PreparedEntry::deleted) && new HashSet<>(List.of(ids)).size() == ids.length;
        Uni<Boolean> fresh = allNew ? conn.preparedQuery(STORED).execute(Tuple.of(ids))
                .map(rows -> rows.iterator().next().getLong(0) == 0)
                : Uni.createFrom().item(false);
        return fresh.chain(isNew -> isNew ? writeNew(conn, page, ids) : oneByOne(conn, page));
    }

    private Uni<Void> oneByOne(SqlConnection conn, List<PreparedEntry> page) {
        return io.smallrye.mutiny.Multi.createFrom().iterable(page)
                .onItem().transformToUniAndConcatenate(p -> entries.write(conn, p).replaceWith(p))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> writeNew(SqlConnection conn, List<PreparedEntry> page, UUID[] ids) {
        List<List<CodedEvent>> coded = page.stream().map(p -> p.events().stream().map(CodedEvent::of).toList()).toList();
        List<CodedEvent> all = coded.stream().flatMap(List::stream).toList();
        long t0 = System.nanoTime();
        long[] at = new long[2];
        return clustering.assignAll(page)
                .invoke(() -> at[0] = System.nanoTime())
                .chain(assigned -> events.candidates(conn, all).invoke(() -> at[1] = System.nanoTime()).chain(found -> {
                    List<Uni<?>> statements = new ArrayList<>();
                    PageEvents own = new PageEvents();
                    Set<UUID> storyIds = new LinkedHashSet<>();
                    // rows no later statement of the page reads, sent together after the page's articles and events
                    List<Tuple> entityCounts = new ArrayList<>();
                    List<Tuple> quotes = new ArrayList<>();
                    List<Tuple> mentions = new ArrayList<>();
                    int from = 0;
                    for (int i = 0; i < page.size(); i++) {
                        PreparedEntry p = page.get(i);
                        StoryAssignment assignment = assigned.get(i);
                        List<CodedEvent> mine = coded.get(i);
                        statements.addAll(entries.articleRows(conn, p, ids[i], assignment));
                        entityCounts.addAll(articles.entityCountRows(ids[i], p.entry().annotations()));
                        quotes.addAll(entries.quoteRows(p, ids[i]));
                        EventWriter.Merge merge = events.merge(conn, ids[i], p.entry().version(), p.seq(), mine,
                                found.subList(from, from + mine.size()), own);
                        own.articleDone();
                        from += mine.size();
                        statements.addAll(merge.statements());
                        mentions.addAll(merge.mentions());
                        statements.add(articles.participants(conn, EntryWriter.participants(mine)));
                        statements.add(articles.setLead(conn, ids[i],
                                LeadJson.of(p.lead(), EntryWriter.leadEvent(p, merge.ids()))));
                        storyIds.add(UUID.fromString(assignment.storyId()));
                    }
                    statements.add(articles.entityCounts(conn, entityCounts));
                    statements.add(articles.quotes(conn, quotes));
                    statements.add(events.mentions(conn, mentions));
                    statements.add(events.countNew(conn, ids));
                    statements.add(stories.recount(conn, storyIds.toArray(UUID[]::new)));
                    return Statements.together(statements).invoke(() -> LOG.debugf(
                            "page of %d: stories %d ms, %d candidate queries %d ms, %d statements %d ms", page.size(),
                            (at[0] - t0) / 1_000_000, all.size(), (at[1] - at[0]) / 1_000_000, statements.size(),
                            (System.nanoTime() - at[1]) / 1_000_000));
                }));
    }
}
