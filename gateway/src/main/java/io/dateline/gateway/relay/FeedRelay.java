package io.dateline.gateway.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.gateway.client.ArticlesRestClient;
import io.dateline.gateway.client.EventsFeedRestClient;
import io.dateline.gateway.client.EventsRestClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Moves the articles feed into the events-service: asks the events-service how far it has applied,
 * reads the next page of the articles feed after that mark and hands it over. The events-service
 * applies each entry in the same transaction as its mark (row-locked), so a page handed over twice —
 * by a retry, a restart or a second gateway replica — changes nothing the second time, and nothing
 * is lost: the mark only moves past what was applied. One loop per gateway; an ingest kicks it awake.
 * While a page is being applied the next one is already read, so the events-service never waits on
 * the articles-service between pages.
 */
@ApplicationScoped
public class FeedRelay {

    private static final Logger LOG = Logger.getLogger(FeedRelay.class);
    private static final byte[] EMPTY_PAGE = "{\"entries\":[]".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LAST_SEQ = "\"lastSeq\":".getBytes(StandardCharsets.UTF_8);

    /** The page after {@code after}, asked for while the page before it is being applied. */
    private record Prefetch(long after, Uni<byte[]> page) {
    }

    private final ArticlesRestClient articles;
    private final EventsRestClient events;
    private final EventsFeedRestClient intake;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final boolean enabled;
    private final int pageSize;
    private final long idleMillis;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean kicked = new AtomicBoolean();
    private final AtomicLong timer = new AtomicLong(-1);
    private final AtomicLong applied = new AtomicLong(-1);
    private final AtomicReference<Prefetch> ahead = new AtomicReference<>();
    private volatile boolean stopped;
    private volatile int failures;

    public FeedRelay(@RestClient ArticlesRestClient articles, @RestClient EventsRestClient events,
                     @RestClient EventsFeedRestClient intake, Vertx vertx,
                     ObjectMapper json,
                     @ConfigProperty(name = "dateline.relay.enabled", defaultValue = "true") boolean enabled,
                     @ConfigProperty(name = "dateline.relay.page-size", defaultValue = "25") int pageSize,
                     @ConfigProperty(name = "dateline.relay.idle-millis", defaultValue = "500") long idleMillis) {
        this.articles = articles;
        this.events = events;
        this.intake = intake;
        this.vertx = vertx;
        this.json = json;
        this.enabled = enabled;
        this.pageSize = pageSize;
        this.idleMillis = idleMillis;
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            schedule(0);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        vertx.cancelTimer(timer.get());
    }

    /** New articles are waiting: step now rather than at the next idle poll. */
    public void kick() {
        kicked.set(true);
        if (!busy.get() && !stopped && enabled) {
            long pending = timer.getAndSet(-1);
            if (pending >= 0 && vertx.cancelTimer(pending)) {
                schedule(0);
            }
        }
    }

    /** The events-service's mark as last seen by this relay (-1 before the first step). */
    public long appliedSeq() {
        return applied.get();
    }

    /** Completes once the events-service has applied the feed up to {@code seq}, or with false after the timeout. */
    public Uni<Boolean> awaitApplied(long seq, Duration timeout) {
        kick();
        return Multi.createFrom().ticks().every(Duration.ofMillis(25)).onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> position().onFailure().recoverWithItem(-1L))
                .filter(position -> position >= seq)
                .toUni().map(position -> true)
                .ifNoItem().after(timeout).recoverWithItem(false);
    }

    private void schedule(long delayMillis) {
        if (stopped) {
            return;
        }
        timer.set(vertx.setTimer(Math.max(1, delayMillis), id -> {
            timer.compareAndSet(id, -1);
            step();
        }));
    }

    private void step() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        kicked.set(false);
        position()
                .chain(this::pageAfter)
                .chain(page -> {
                    if (startsWith(page, EMPTY_PAGE)) {
                        return Uni.createFrom().item(0);
                    }
                    prefetch(lastSeqOf(page));
                    return intake.applyFeed(page).map(this::appliedCount);
                })
                .subscribe().with(count -> {
                    failures = 0;
                    busy.set(false);
                    schedule(count > 0 || kicked.get() ? 0 : idleMillis);
                }, failure -> {
                    failures++;
                    busy.set(false);
                    long backoff = Math.min(10_000, 200L << Math.min(failures, 6));
                    if (failures == 1 || failures % 20 == 0) {
                        LOG.warnf("feed relay: %s; retrying in %d ms", failure.getMessage(), backoff);
                    }
                    schedule(backoff);
                });
    }

    /** The page read ahead when it starts where the mark is now, else a fresh read. */
    private Uni<byte[]> pageAfter(long position) {
        Prefetch next = ahead.getAndSet(null);
        if (next != null && next.after() == position) {
            return next.page();
        }
        return articles.feed(position, pageSize).map(FeedRelay::bytes);
    }

    /** Starts reading the page after {@code after} now; a failed read is simply read again by the next step. */
    private void prefetch(long after) {
        if (after <= 0) {
            return;
        }
        Uni<byte[]> page = articles.feed(after, pageSize).map(FeedRelay::bytes).memoize().indefinitely();
        page.subscribe().with(read -> { }, failed -> { });
        ahead.set(new Prefetch(after, page));
    }

    private Uni<Long> position() {
        return events.feedPosition().map(response -> {
            long seq = field(response, "lastSeq");
            applied.set(seq);
            return seq;
        });
    }

    private int appliedCount(Response response) {
        long seq = field(response, "lastSeq");
        applied.set(seq);
        return (int) field(response, "applied");
    }

    private long field(Response response, String name) {
        byte[] body = bytes(response);
        try {
            return json.readTree(body).path(name).asLong();
        } catch (IOException e) {
            throw new IllegalStateException("unreadable answer from the events service", e);
        }
    }

    private static byte[] bytes(Response response) {
        if (response.getStatus() >= 300) {
            throw new IllegalStateException("status " + response.getStatus());
        }
        return response.readEntity(byte[].class);
    }

    /**
     * The page's last seq, read from its tail (the articles-service writes lastSeq after the entries),
     * so the next page can be asked for without parsing this one; -1 when it is not there.
     */
    static long lastSeqOf(byte[] page) {
        for (int at = page.length - LAST_SEQ.length; at >= Math.max(0, page.length - 64); at--) {
            if (regionMatches(page, at, LAST_SEQ)) {
                long seq = 0;
                int digits = 0;
                for (int i = at + LAST_SEQ.length; i < page.length && page[i] >= '0' && page[i] <= '9'; i++, digits++) {
                    seq = seq * 10 + (page[i] - '0');
                }
                return digits == 0 ? -1 : seq;
            }
        }
        return -1;
    }

    private static boolean regionMatches(byte[] body, int offset, byte[] part) {
        for (int i = 0; i < part.length; i++) {
            if (body[offset + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        return body.length >= prefix.length && regionMatches(body, 0, prefix);
    }
}
