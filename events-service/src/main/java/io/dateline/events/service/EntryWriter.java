package io.dateline.events.service;

import io.dateline.events.cluster.StoryAssignment;
import io.dateline.events.extract.ExtractedEvent;
import io.dateline.events.extract.Participant;
import io.dateline.events.feed.Article;
import io.dateline.events.repository.ArticleWriter;
import io.dateline.events.repository.ArticleWriter.Removed;
import io.dateline.events.repository.EventWriter;
import io.dateline.events.repository.StoryLog;
import io.dateline.events.repository.PageEvents;
import io.dateline.events.repository.Statements;
import io.dateline.events.repository.StoryWriter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes one feed entry inside its transaction: first removes what the article contributed before
 * (mentions, quotes, lead, entities, story membership), then, unless it was deleted, its story, quotes,
 * entities, merged events and lead.
 */
@ApplicationScoped
public class EntryWriter {

    private final ArticleWriter articles;
    private final EventWriter events;
    private final StoryWriter stories;
    private final StoryLog log;
    private final StoryClustering clustering;

    public EntryWriter(ArticleWriter articles, EventWriter events, StoryWriter stories, StoryLog log,
                       StoryClustering clustering) {
        this.articles = articles;
        this.events = events;
        this.stories = stories;
        this.log = log;
        this.clustering = clustering;
    }

    public Uni<Void> write(SqlConnection conn, PreparedEntry p) {
        UUID article = UUID.fromString(p.entry().articleId());
        return articles.remove(conn, article)
                .call(removed -> events.recount(conn, removed.events()))
                .call(removed -> removed.story() == null ? Uni.createFrom().voidItem()
                        : clustering.withdraw(p.seq(), removed.story(), article)
                                .chain(() -> log.appendWithdrawal(conn, p.seq(), article, removed.story())))
                .chain(removed -> p.deleted() ? stories.recount(conn, removed.story()) : create(conn, p, article, removed));
    }

    /**
     * Two rounds of statements, each sent together: the story, article, entities, quotes and the events'
     * merge candidates; then, merging decided in memory, the events, mentions, lead and recounts.
     */
    private Uni<Void> create(SqlConnection conn, PreparedEntry p, UUID article, Removed removed) {
        List<CodedEvent> coded = p.events().stream().map(CodedEvent::of).toList();
        return clustering.assign(p).chain(assignment -> {
            UUID story = UUID.fromString(assignment.storyId());
            Uni<List<List<CodedEvent.Stored>>> candidates = events.candidates(conn, coded);
            List<Uni<?>> rows = new ArrayList<>(articleRows(conn, p, article, assignment));
            rows.add(articles.entityCounts(conn, articles.entityCountRows(article, p.entry().annotations())));
            rows.add(articles.quotes(conn, quoteRows(p, article)));
            Uni<Void> first = Statements.together(rows);
            return Uni.combine().all().unis(candidates, first).asTuple()
                    .chain(found -> {
                        EventWriter.Merge merge = events.merge(conn, article, p.entry().version(), p.seq(), coded,
                                found.getItem1(), new PageEvents());
                        List<Uni<?>> second = new ArrayList<>(merge.statements());
                        second.add(events.mentions(conn, merge.mentions()));
                        second.add(articles.participants(conn, participants(coded)));
                        second.add(articles.setLead(conn, article, LeadJson.of(p.lead(), leadEvent(p, merge.ids()))));
                        second.add(events.recount(conn, new ArrayList<>(merge.ids().values())));
                        second.add(stories.recount(conn, removed.story(), story));
                        return Statements.together(second);
                    });
        });
    }

    List<Uni<?>> articleRows(SqlConnection conn, PreparedEntry p, UUID article, StoryAssignment assignment) {
        Article a = p.entry().article();
        int version = p.entry().version();
        UUID story = UUID.fromString(assignment.storyId());
        List<Uni<?>> rows = new ArrayList<>();
        rows.add(stories.upsert(conn, story, assignment.title(), p.clusteredAt()));
        rows.add(log.append(conn, p.seq(), article.toString(), StoryClustering.titleOf(p), p.clusteredAt(), p.terms()));
        rows.add(articles.insert(conn, article, version, a, story, p.seq()));
        rows.add(articles.catalogue(conn, p.entry().annotations()));
        return rows;
    }

    List<Tuple> quoteRows(PreparedEntry p, UUID article) {
        return articles.quoteRows(article, p.entry().version(), p.entry().article(), p.entry().annotations().quotes());
    }

    static UUID leadEvent(PreparedEntry p, Map<ExtractedEvent, UUID> ids) {
        return p.lead() == null || p.lead().event() == null ? null : ids.get(p.lead().event());
    }

    /** Linked actors, recipients and reporters, so the catalogue knows every entity an event names. */
    static List<Tuple> participants(List<CodedEvent> coded) {
        Map<String, Participant> byId = new LinkedHashMap<>();
        for (CodedEvent e : coded) {
            for (Participant p : Arrays.asList(e.actor(), e.recipient(), e.reportedBy())) {
                if (p != null) {
                    p.parts().stream().filter(part -> part.entityId() != null && part.name() != null)
                            .forEach(part -> byId.putIfAbsent(part.entityId(), part));
                }
            }
        }
        return byId.values().stream()
                .map(p -> Tuple.of(p.entityId(), p.name(), p.entityType(), p.country()))
                .toList();
    }
}
