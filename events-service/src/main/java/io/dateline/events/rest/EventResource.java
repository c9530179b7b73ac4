package io.dateline.events.rest;

import io.dateline.events.Event;
import io.dateline.events.service.EventService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

    private final EventService events;

    public EventResource(EventService events) {
        this.events = events;
    }

    @GET
    @Operation(summary = "List events, newest first")
    public Uni<Page<EventView>> list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit,
                                     @QueryParam("cursor") String cursor) {
        Cursor after = Cursor.decode(cursor);
        return events.page(after == null ? null : after.time(), after == null ? null : after.id(), limit + 1)
                .map(found -> {
                    List<EventView> items = found.stream().limit(limit).map(EventView::of).toList();
                    String next = null;
                    if (found.size() > limit) {
                        Event last = found.get(limit - 1);
                        next = new Cursor(last.createdAt, last.id).encode();
                    }
                    return new Page<>(items, next);
                });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One event")
    public Uni<Response> get(@PathParam("id") UUID id, @Context UriInfo uri) {
        return events.find(id).map(event -> event == null
                ? Problem.of(404, "No event " + id + ".", uri.getPath()).toResponse()
                : Response.ok(EventView.of(event)).build());
    }
}
