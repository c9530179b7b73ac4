package io.dateline.events.service;

import io.dateline.events.cluster.DocumentFrequencies;
import io.dateline.events.cluster.StoryAssignment;
import io.dateline.events.cluster.StoryIndex;
import io.dateline.events.cluster.StorySettings;
import io.dateline.events.repository.StoryLog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * The in-memory StoryIndex, confined to one thread. Its state is a function of the story log (every
 * assignment in applied order, stored in the same transaction as the assignment), so it is rebuilt from
 * the log at startup and after a failed transaction. Single writer: one events-service instance applies
 * the feed; several instances would each hold their own index (see README of the service layer).
 */
@ApplicationScoped
public class StoryClustering {

    static final StorySettings SETTINGS = StorySettings.standard();
    private static final Logger LOG = Logger.getLogger(StoryClustering.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "story-index");
        t.setDaemon(true);
        return t;
    });
    private final StoryLog log;
    private StoryIndex index = fresh();
    /** The rebuild from the log, once started; touched only on the index thread. */
    private Uni<Void> built;

    public StoryClustering(StoryLog log) {
        this.log = log;
    }

    public Uni<StoryAssignment> assign(PreparedEntry p) {
        return ensureBuilt().chain(() -> onThread(() -> index.assign(
                p.entry().articleId(), titleOf(p), p.clusteredAt(), p.terms())));
    }

    /** Takes a deleted or updated article out of its story in the index. */
    public Uni<Boolean> withdraw(java.util.UUID story, java.util.UUID article) {
        return ensureBuilt().chain(() -> onThread(() -> index.withdraw(story.toString(), article.toString())));
    }

    /** Forgets everything: the next use reads the (then empty or rewritten) log again. */
    public Uni<Void> reset() {
        return onThread(() -> {
            index = fresh();
            built = null;
            return null;
        });
    }

    /** Rebuilds the index at startup rather than on the first feed entry. */
    void warm(@Observes StartupEvent event) {
        ensureBuilt().subscribe().with(done -> { }, e -> LOG.error("Story index not rebuilt; retried on next use", e));
    }

    private Uni<Void> ensureBuilt() {
        return onThread(() -> {
            if (built == null) {
                built = rebuild().onFailure().invoke(() -> thread.execute(() -> built = null)).memoize().indefinitely();
            }
            return built;
        }).chain(pending -> pending);
    }

    private Uni<Void> rebuild() {
        long t0 = System.nanoTime();
        StoryIndex rebuilt = fresh();
        return log.replay(row -> {
                    if (row.withdrawal()) {
                        rebuilt.withdraw(row.storyId(), row.articleId());
                    } else {
                        rebuilt.assign(row.articleId(), row.title(), row.publishedAt(), row.terms());
                    }
                }, thread)
                .chain(n -> onThread(() -> {
                    index = rebuilt;
                    LOG.infof("Story index rebuilt from %d logged assignments in %d ms", n,
                            (System.nanoTime() - t0) / 1_000_000);
                    return null;
                }));
    }

    private <T> Uni<T> onThread(java.util.function.Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(thread);
    }

    static String titleOf(PreparedEntry p) {
        String title = p.entry().article().title();
        return title == null ? "" : title;
    }

    private static StoryIndex fresh() {
        return new StoryIndex(SETTINGS, new DocumentFrequencies());
    }

    void stop(@Observes ShutdownEvent event) {
        thread.shutdown();
    }
}
