package io.dateline.events.rest;

import io.dateline.events.service.FeedApplier;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed")
public class FeedResource {

    private final FeedApplier applier;

    public FeedResource(FeedApplier applier) {
        this.applier = applier;
    }

    @POST
    @Path("/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply a page of the articles feed (as GET /feed answers it); entries at or below the mark are skipped")
    public Uni<FeedApplier.Outcome> apply(FeedPage page) {
        if (page == null) {
            throw new InvalidParameters(java.util.List.of(new Problem.FieldError("entries", "is required")));
        }
        page.check();
        return applier.apply(page.entries());
    }

    @GET
    @Path("/position")
    @Operation(summary = "The last feed sequence applied")
    public Uni<Map<String, Long>> position() {
        return applier.position().map(seq -> Map.of("lastSeq", seq));
    }
}
