package io.dateline.gateway.rest;

import io.dateline.gateway.client.EventsClient;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventsResource {

    private final EventsClient events;

    public EventsResource(EventsClient events) {
        this.events = events;
    }

    @GET
    @Operation(summary = "List events, newest first")
    public Uni<Response> list(@Context UriInfo uri) {
        return events.listEvents(uri.getQueryParameters()).map(answer -> Forward.of(answer, uri, "/api/v1/events"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One event with its mentions")
    public Uni<Response> get(@PathParam("id") String id, @Context UriInfo uri) {
        return events.getEvent(id).map(answer -> Forward.of(answer, uri, "/api/v1/events"));
    }
}
