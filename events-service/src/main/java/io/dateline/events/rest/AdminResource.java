package io.dateline.events.rest;

import io.dateline.events.service.Replay;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminResource {

    private final Replay replay;

    public AdminResource(Replay replay) {
        this.replay = replay;
    }

    @POST
    @Path("/reset")
    @Operation(summary = "Clear every derived row and set the feed mark to 0, for a replay of the feed from zero")
    public Uni<Map<String, Long>> reset() {
        return replay.reset().replaceWith(Map.of("lastSeq", 0L));
    }
}
