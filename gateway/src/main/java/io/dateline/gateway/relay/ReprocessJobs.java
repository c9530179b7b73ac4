package io.dateline.gateway.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.gateway.client.ArticlesRestClient;
import io.dateline.gateway.client.EventsRestClient;
import io.dateline.gateway.client.ServiceUnavailableException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reprocessing as a job: the events-service clears what it derived and sets its mark to zero; the
 * relay then replays the whole feed through extraction while reads go on. Progress is the mark
 * against the feed's head when the job started.
 */
@ApplicationScoped
public class ReprocessJobs {

    /** A job as the API shows it. */
    public record Job(String id, String kind, String status, Instant startedAt, long target, long position,
                      double progress) {
    }

    private record Started(String id, Instant at, long target) {
    }

    private final ArticlesRestClient articles;
    private final EventsRestClient events;
    private final FeedRelay relay;
    private final ObjectMapper json;
    private final Map<String, Started> jobs = new ConcurrentHashMap<>();

    public ReprocessJobs(@RestClient ArticlesRestClient articles, @RestClient EventsRestClient events, FeedRelay relay,
                         ObjectMapper json) {
        this.articles = articles;
        this.events = events;
        this.relay = relay;
        this.json = json;
    }

    public Uni<Job> start() {
        return articles.feedHead().map(r -> read(r, "seq"))
                .chain(head -> events.reset().map(r -> {
                    if (r.getStatus() >= 300) {
                        throw new ServiceUnavailableException("events", null);
                    }
                    Started job = new Started(UUID.randomUUID().toString(), Instant.now(), head);
                    jobs.put(job.id(), job);
                    relay.kick();
                    return view(job, 0);
                }))
                .onFailure(e -> !(e instanceof ServiceUnavailableException))
                .transform(e -> new ServiceUnavailableException("events", e));
    }

    public Optional<Job> find(String id) {
        Started job = jobs.get(id);
        return job == null ? Optional.empty() : Optional.of(view(job, Math.max(0, relay.appliedSeq())));
    }

    private static Job view(Started job, long position) {
        double progress = job.target() == 0 ? 1 : Math.min(1, position / (double) job.target());
        return new Job(job.id(), "reprocess", progress >= 1 ? "done" : "running", job.at(), job.target(),
                Math.min(position, job.target()), progress);
    }

    private long read(Response r, String field) {
        try {
            if (r.getStatus() >= 300) {
                throw new ServiceUnavailableException("articles", null);
            }
            return json.readTree(r.readEntity(byte[].class)).path(field).asLong();
        } catch (IOException e) {
            throw new ServiceUnavailableException("articles", e);
        }
    }
}
