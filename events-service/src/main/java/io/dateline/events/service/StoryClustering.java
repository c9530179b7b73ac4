package io.dateline.events.service;

import io.dateline.events.cluster.DocumentFrequencies;
import io.dateline.events.cluster.StoryAssignment;
import io.dateline.events.cluster.StoryIndex;
import io.dateline.events.cluster.StorySettings;
import io.dateline.events.repository.StoryImages;
import io.dateline.events.repository.StoryLog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The in-memory StoryIndex, confined to one thread. Its state is a function of the story log (every
 * assignment in applied order, stored in the same transaction as the assignment). Every few thousand logged
 * changes an image of the index is stored with the seq it covers; at startup and after a failed transaction
 * the index is read from the latest image and only the log after it is replayed, so it continues exactly as
 * if the service had never stopped, in a time that does not grow with the corpus. Single writer: one
 * events-service instance applies the feed; several instances would each hold their own index.
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
    private final StoryImages images;
    private final int imageEvery;
    private StoryIndex index = fresh();
    /** The rebuild from image and log, once started; touched only on the index thread. */
    private Uni<Void> built;
    /** The seq of the last change the index holds, and how many changes it holds that no stored image has. */
    private long seq;
    private long sinceImage;

    public StoryClustering(StoryLog log, StoryImages images,
                           @ConfigProperty(name = "dateline.story-image-every", defaultValue = "5000") int imageEvery) {
        this.log = log;
        this.images = images;
        this.imageEvery = imageEvery;
    }

    public Uni<StoryAssignment> assign(PreparedEntry p) {
        return ensureBuilt().chain(() -> onThread(() -> {
            changed(p.seq());
            return index.assign(p.entry().articleId(), titleOf(p), p.clusteredAt(), p.terms());
        }));
    }

    /** Assigns the articles of a page in order, in one visit to the index thread. */
    public Uni<List<StoryAssignment>> assignAll(List<PreparedEntry> page) {
        return ensureBuilt().chain(() -> onThread(() -> {
            List<StoryAssignment> assigned = new ArrayList<>(page.size());
            for (PreparedEntry p : page) {
                changed(p.seq());
                assigned.add(index.assign(p.entry().articleId(), titleOf(p), p.clusteredAt(), p.terms()));
            }
            return assigned;
        }));
    }

    /** Takes a deleted or updated article out of its story in the index. */
    public Uni<Boolean> withdraw(long seq, UUID story, UUID article) {
        return ensureBuilt().chain(() -> onThread(() -> {
            changed(seq);
            return index.withdraw(story.toString(), article.toString());
        }));
    }

    private void changed(long at) {
        seq = at;
        sinceImage++;
    }

    /** Forgets everything: the next use reads the (then empty or rewritten) image and log again. */
    public Uni<Void> reset() {
        return onThread(() -> {
            index = fresh();
            built = null;
            return null;
        });
    }

    /**
     * Stores an image of the index when enough changes have been made since the last one. Called between
     * pages, when everything the index holds is committed.
     */
    public Uni<Void> storeImageIfDue() {
        return onThread(() -> built != null && sinceImage >= imageEvery ? image() : null)
                .chain(image -> image == null ? Uni.createFrom().voidItem() : store(image));
    }

    /** Taken on the index thread. */
    private StoryImages.Image image() {
        sinceImage = 0;
        return new StoryImages.Image(seq, index.write());
    }

    private Uni<Void> store(StoryImages.Image image) {
        long t0 = System.nanoTime();
        return images.save(image)
                .invoke(saved -> LOG.infof("Story index image at seq %d (%d bytes) %s in %d ms", image.seq(),
                        image.state().length, saved ? "stored" : "dropped (reset meanwhile)",
                        (System.nanoTime() - t0) / 1_000_000))
                .onFailure().invoke(e -> LOG.warn("Story index image not stored; the next one will be", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
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
        return images.latest().emitOn(thread).<Void>chain(image -> {
            StoryIndex read = image == null ? null : readable(image);
            StoryIndex rebuilt = read != null ? read : fresh();
            long from = read != null ? image.seq() : Long.MIN_VALUE;
            long[] last = {read != null ? image.seq() : 0};
            long t1 = System.nanoTime();
            return log.replay(from, row -> {
                        last[0] = row.seq();
                        if (row.withdrawal()) {
                            rebuilt.withdraw(row.storyId(), row.articleId());
                        } else {
                            rebuilt.assign(row.articleId(), row.title(), row.publishedAt(), row.terms());
                        }
                    }, thread)
                    .chain(n -> onThread(() -> {
                        index = rebuilt;
                        seq = last[0];
                        sinceImage = n;
                        LOG.infof("Story index rebuilt from %s and %d logged changes after it in %d ms (image %d ms)",
                                read != null ? "the image at seq " + image.seq() : "nothing", n,
                                (System.nanoTime() - t0) / 1_000_000, (t1 - t0) / 1_000_000);
                        if (sinceImage >= imageEvery) {
                            // not waited for: a page transaction may hold the mark's lock the store needs
                            store(image()).subscribe().with(done -> { });
                        }
                        return null;
                    }));
        });
    }

    /** The index of the image, or null when it cannot be read (other settings, a damaged image): replay all. */
    private static StoryIndex readable(StoryImages.Image image) {
        try {
            StoryIndex read = StoryIndex.read(image.state(), SETTINGS);
            if (read == null) {
                LOG.infof("Story index image at seq %d was made with other settings; replaying the whole log", image.seq());
            }
            return read;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Story index image at seq %d unreadable; replaying the whole log", image.seq());
            return null;
        }
    }

    private <T> Uni<T> onThread(Supplier<T> work) {
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
