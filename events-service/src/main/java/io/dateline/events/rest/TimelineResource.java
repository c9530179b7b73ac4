package io.dateline.events.rest;

import io.dateline.events.repository.EventQueries;
import io.dateline.events.view.EventView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class TimelineResource {

    private final EventQueries events;

    public TimelineResource(EventQueries events) {
        this.events = events;
    }

    @GET
    @Operation(summary = "Dated events of an entity (actor or recipient), oldest first")
    public Uni<Page<EventView>> timeline(@QueryParam("entity") String entity, @QueryParam("from") String from,
                                         @QueryParam("to") String to, @QueryParam("limit") String limit,
                                         @QueryParam("cursor") String cursor) {
        Params p = new Params();
        p.require("entity", entity);
        LocalDate fromDay = p.date("from", from);
        LocalDate toDay = p.date("to", to);
        p.range(fromDay, toDay);
        int size = p.limit(limit);
        EventQueries.After after = EventResource.after(p, p.cursor(cursor));
        p.check();
        return events.timeline(entity.strip(), fromDay, toDay, after, size + 1).map(found -> EventResource.page(found, size));
    }
}
