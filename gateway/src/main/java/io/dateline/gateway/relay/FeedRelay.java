package io.dateline.gateway.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.gateway.client.ArticlesRestClient;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Moves the articles feed into the events-service: asks the events-service how far it has applied,
 * reads the next page of the articles feed after that mark and hands it over. The events-service
 * applies each entry in the same transaction as its mark (row-locked), so a page handed over twice —
 * by a retry, a restart or a second gateway replica — changes nothing the second time, and nothing
 * is lost: the mark only moves past what was applied. One loop per gateway; an ingest kicks it awake.
 */
@ApplicationScoped
public class FeedRelay {

    private static final Logger LOG = Logger.getLogger(FeedRelay.class);
    private static final byte[] EMPTY_PAGE = "{\"entries\":[]".getBytes(StandardCharsets.UTF_8);

    private final ArticlesRestClient articles;
    private final EventsRestClient events;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final boolean enabled;
    private final int pageSize;
    private final long idleMillis;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean kicked = new AtomicBoolean();
    private final AtomicLong timer = new AtomicLong(-1);
    private final AtomicLong applied = new AtomicLong(-1);
    private volatile boolean stopped;
    private volatile int failures;

    public FeedRelay(@RestClient ArticlesRestClient articles, @RestClient EventsRestClient events, Vertx vertx,
                     ObjectMapper json,
                     @ConfigProperty(name = "dateline.relay.enabled", defaultValue = "true") boolean enabled,
                     @ConfigProperty(name = "dateline.relay.page-size", defaultValue = "100") int pageSize,
                     @ConfigProperty(name = "dateline.relay.idle-millis", defaultValue = "500") long idleMillis) {
        this.articles = articles;
        this.events = events;
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
                .chain(pos -> articles.feed(pos, pageSize).map(FeedRelay::bytes))
                .chain(page -> startsWith(page, EMPTY_PAGE) ? Uni.createFrom().item(0)
                        : events.applyFeed(page).map(this::appliedCount))
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

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
