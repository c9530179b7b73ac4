package io.dateline.events.service;

import io.dateline.events.feed.FeedEntry;
import io.dateline.events.repository.FeedPosition;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies pages of the articles feed. Entries are read (events, lead, story terms) on the text workers in
 * parallel, then written in order, a page in one transaction with the high-water mark, whose row lock makes
 * a racing applier wait and then skip what was applied meanwhile. Entries at or below the mark are skipped.
 * Within one instance the writes also pass a gate, as the story index takes one writer at a time.
 */
@ApplicationScoped
public class FeedApplier {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(FeedApplier.class);

    /** What applying a page did: entries applied, entries skipped as already applied, and the mark after it. */
    public record Outcome(int applied, int skipped, long lastSeq) {
    }

    /**
     * The entry and the mark commit together, so a crash can only lose a suffix of applied entries, which the
     * relay then sends again: the commit need not wait for the disk.
     */
    private static final String ASYNCHRONOUS_COMMIT = "set local synchronous_commit = off";

    private final Pool pool;
    private final SerialGate gate;
    private final FeedPosition position;
    private final EntryReader reader;
    private final EntryWriter writer;
    private final PageWriter pages;
    private final StoryClustering clustering;

    public FeedApplier(Pool pool, SerialGate gate, FeedPosition position, EntryReader reader, EntryWriter writer,
                       PageWriter pages, StoryClustering clustering) {
        this.pages = pages;
        this.pool = pool;
        this.gate = gate;
        this.position = position;
        this.reader = reader;
        this.writer = writer;
        this.clustering = clustering;
    }

    /**
     * Takes its turn at the gate on arrival, so pages pipelined by one relay are written in the order sent, while
     * reading them on the text workers starts at once (one page's reading overlaps another's writing). Entries at
     * or below the mark are neither read nor written.
     */
    public Uni<Outcome> apply(List<FeedEntry> entries) {
        long t0 = System.nanoTime();
        Uni<List<PreparedEntry>> reading = position.read()
                .chain(mark -> {
                    List<Uni<PreparedEntry>> reads = entries.stream().filter(e -> e.seq() > mark).map(reader::read).toList();
                    return reads.isEmpty() ? Uni.createFrom().item(List.<PreparedEntry>of()) : Uni.join().all(reads).andFailFast();
                })
                .memoize().indefinitely();
        reading.subscribe().with(read -> { }, failure -> { });
        return gate.run(() -> {
            long t1 = System.nanoTime();
            return reading.chain(prepared -> {
                long t2 = System.nanoTime();
                return prepared.isEmpty() ? position.read().map(last -> new Outcome(0, entries.size(), last))
                        : write(prepared, entries.size()).invoke(() -> LOG.debugf(
                                "page of %d: waited for the gate %d ms, then for reading %d ms, written in %d ms",
                                prepared.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                                (System.nanoTime() - t2) / 1_000_000));
            });
        });
    }

    public Uni<Long> position() {
        return position.read();
    }

    /**
     * Writes the page in one transaction with the mark. Should it fail, the entries are written again one per
     * transaction, so those before a failing entry are kept and the failure is the entry's own.
     */
    private Uni<Outcome> write(List<PreparedEntry> prepared, int total) {
        return applyPage(prepared)
                .onFailure().recoverWithUni(failure -> clustering.reset().chain(() -> oneByOne(prepared)))
                .call(clustering::storeImageIfDue)
                .chain(applied -> position.read().map(last -> new Outcome(applied, total - applied, last)));
    }

    private Uni<Integer> applyPage(List<PreparedEntry> prepared) {
        return pool.withTransaction(conn -> conn.query(ASYNCHRONOUS_COMMIT).execute()
                .chain(() -> position.lock(conn)).chain(mark -> {
                    List<PreparedEntry> fresh = above(mark, prepared);
                    if (fresh.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return pages.write(conn, fresh)
                            .chain(() -> position.move(conn, fresh.get(fresh.size() - 1).seq()))
                            .replaceWith(fresh.size());
                }));
    }

    /** The entries each above the mark as it moves along the page (an entry at or below it is skipped). */
    private static List<PreparedEntry> above(long mark, List<PreparedEntry> prepared) {
        List<PreparedEntry> fresh = new ArrayList<>();
        long moving = mark;
        for (PreparedEntry p : prepared) {
            if (p.seq() > moving) {
                fresh.add(p);
                moving = p.seq();
            }
        }
        return fresh;
    }

    private Uni<Integer> oneByOne(List<PreparedEntry> prepared) {
        AtomicInteger applied = new AtomicInteger();
        return Multi.createFrom().iterable(prepared)
                .onItem().transformToUniAndConcatenate(this::applyOne)
                .invoke(done -> {
                    if (done) {
                        applied.incrementAndGet();
                    }
                })
                .collect().last()
                .map(ignored -> applied.get());
    }

    private Uni<Boolean> applyOne(PreparedEntry p) {
        return pool.withTransaction(conn -> conn.query(ASYNCHRONOUS_COMMIT).execute()
                .chain(() -> position.lock(conn)).chain(mark -> p.seq() <= mark
                        ? Uni.createFrom().item(false)
                        : writer.write(conn, p).call(() -> position.move(conn, p.seq())).replaceWith(true)))
                // The index may hold an assignment the rollback undid: rebuild it from the log.
                .onFailure().call(clustering::reset);
    }
}
