package io.dateline.events.rest;

import io.dateline.events.repository.EntityCountQueries;
import io.dateline.events.view.EntityEventCounts;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Event counts for a batch of entity ids: the gateway joins them to a page of the entity catalogue,
 * which the articles-service holds. A POST only because a page of ids can be longer than a URL.
 */
@Path("/entity-counts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Entities")
public class EntityCountsResource {

    static final int MAX_IDS = 500;

    private final EntityCountQueries counts;

    public EntityCountsResource(EntityCountQueries counts) {
        this.counts = counts;
    }

    @POST
    @Operation(summary = "Event counts of many entities",
            description = "Body: a JSON array of entity ids (at most 500). Answers {id: {numEvents, asActor, "
                    + "asRecipient}} for the ids that have events; an id left out has none.")
    public Uni<Map<String, EntityEventCounts>> counts(List<String> ids) {
        if (ids == null || ids.size() > MAX_IDS || ids.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new InvalidParameters(List.of(new Problem.FieldError("ids",
                    "must be an array of at most " + MAX_IDS + " non-blank entity ids")));
        }
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return counts.of(List.copyOf(new LinkedHashSet<>(ids)));
    }
}
