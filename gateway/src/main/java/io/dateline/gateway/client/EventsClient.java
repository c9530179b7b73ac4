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

/** Calls to the events-service, with the same fault tolerance as {@link ArticlesClient}. */
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, jitter = 50)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
@Bulkhead(value = 64, waitingTaskQueue = 256)
@ApplicationScoped
public class EventsClient {

    static final String SERVICE = "events";

    private final EventsRestClient rest;

    public EventsClient(@RestClient EventsRestClient rest) {
        this.rest = rest;
    }

    public Uni<Passthrough> listEvents(MultivaluedMap<String, String> query) {
        return ServiceAnswer.of(SERVICE, rest.listEvents(query));
    }

    public Uni<Passthrough> getEvent(String id) {
        return ServiceAnswer.of(SERVICE, rest.getEvent(id));
    }

    public Uni<Passthrough> listStories(MultivaluedMap<String, String> query) {
        return ServiceAnswer.of(SERVICE, rest.listStories(query));
    }

    public Uni<Passthrough> getStory(String id) {
        return ServiceAnswer.of(SERVICE, rest.getStory(id));
    }

    public Uni<Passthrough> listEntities(MultivaluedMap<String, String> query) {
        return ServiceAnswer.of(SERVICE, rest.listEntities(query));
    }

    public Uni<Passthrough> getEntity(String id) {
        return ServiceAnswer.of(SERVICE, rest.getEntity(id));
    }

    /** A POST that only reads (a page of ids may not fit a URL), so it is retried like the reads. */
    public Uni<Passthrough> entityCounts(java.util.List<String> ids) {
        return ServiceAnswer.of(SERVICE, rest.entityCounts(ids));
    }

    public Uni<Passthrough> listQuotes(MultivaluedMap<String, String> query) {
        return ServiceAnswer.of(SERVICE, rest.listQuotes(query));
    }

    public Uni<Passthrough> timeline(MultivaluedMap<String, String> query) {
        return ServiceAnswer.of(SERVICE, rest.timeline(query));
    }

    public Uni<Passthrough> articleSummary(String id) {
        return ServiceAnswer.of(SERVICE, rest.articleSummary(id));
    }
}
