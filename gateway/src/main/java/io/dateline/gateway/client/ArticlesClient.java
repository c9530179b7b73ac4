package io.dateline.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to the articles-service with their fault tolerance in one place: the class's policy (a
 * timeout, retries with backoff, a circuit breaker and a bulkhead, each per method) holds for the
 * idempotent calls; the one write overrides it with a longer timeout and no retry.
 */
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, jitter = 50)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
@Bulkhead(value = 64, waitingTaskQueue = 256)
@ApplicationScoped
public class ArticlesClient {

    static final String SERVICE = "articles";

    private final ArticlesRestClient rest;

    public ArticlesClient(@RestClient ArticlesRestClient rest) {
        this.rest = rest;
    }

    public Uni<Passthrough> list(MultivaluedMap<String, String> query) {
        return ServiceAnswer.of(SERVICE, rest.list(query));
    }

    public Uni<Passthrough> get(String id) {
        return ServiceAnswer.of(SERVICE, rest.get(id));
    }

    public Uni<Passthrough> annotations(String id) {
        return ServiceAnswer.of(SERVICE, rest.annotations(id));
    }

    public Uni<Passthrough> raw(String id) {
        return ServiceAnswer.of(SERVICE, rest.raw(id));
    }

    /** Deleting twice deletes once, so a retry is safe. */
    public Uni<Passthrough> delete(String id) {
        return ServiceAnswer.of(SERVICE, rest.delete(id));
    }

    public Uni<Passthrough> listEntities(MultivaluedMap<String, String> query) {
        return ServiceAnswer.of(SERVICE, rest.listEntities(query));
    }

    public Uni<Passthrough> getEntity(String id) {
        return ServiceAnswer.of(SERVICE, rest.getEntity(id));
    }

    /** Not retried: a write is the caller's to repeat (it is idempotent on their side). */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 0)
    @Bulkhead(value = 32, waitingTaskQueue = 256)
    public Uni<Passthrough> ingest(String contentType, byte[] body, MultivaluedMap<String, String> query) {
        return ServiceAnswer.of(SERVICE, rest.ingest(contentType, body, query));
    }
}
