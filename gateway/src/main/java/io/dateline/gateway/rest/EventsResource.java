package io.dateline.gateway.rest;

import io.dateline.gateway.client.EventsClient;
import io.dateline.gateway.client.Passthrough;
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

/** The events side of the public API: events, stories, entities' event profiles, quotes, timelines. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    private final EventsClient events;

    public EventsResource(EventsClient events) {
        this.events = events;
    }

    @GET
    @Path("/events")
    @Tag(name = "Events")
    @Operation(summary = "Search events, newest first",
            description = "Filters: type (PLOVER), actor, recipient, entity (either role), location, from, to, story, "
                    + "minSources, q.")
    public Uni<Response> events(@Context UriInfo uri) {
        return events.listEvents(uri.getQueryParameters()).map(a -> forward(a, uri));
    }

    @GET
    @Path("/events/{id}")
    @Tag(name = "Events")
    @Operation(summary = "One event with its mentions, their articles' titles and sources")
    public Uni<Response> event(@PathParam("id") String id, @Context UriInfo uri) {
        return events.getEvent(id).map(a -> forward(a, uri));
    }

    @GET
    @Path("/stories")
    @Tag(name = "Stories")
    @Operation(summary = "Stories: clusters of articles about one happening", description = "Filters: q, from, to, entity.")
    public Uni<Response> stories(@Context UriInfo uri) {
        return events.listStories(uri.getQueryParameters()).map(a -> forward(a, uri));
    }

    @GET
    @Path("/stories/{id}")
    @Tag(name = "Stories")
    @Operation(summary = "One story: its title, articles and events as a timeline")
    public Uni<Response> story(@PathParam("id") String id, @Context UriInfo uri) {
        return events.getStory(id).map(a -> forward(a, uri));
    }

    @GET
    @Path("/quotes")
    @Tag(name = "Quotes")
    @Operation(summary = "Who said what", description = "Filters: speaker, q, from, to.")
    public Uni<Response> quotes(@Context UriInfo uri) {
        return events.listQuotes(uri.getQueryParameters()).map(a -> forward(a, uri));
    }

    @GET
    @Path("/timeline")
    @Tag(name = "Events")
    @Operation(summary = "Dated events, oldest first", description = "Filters: entity, from, to.")
    public Uni<Response> timeline(@Context UriInfo uri) {
        return events.timeline(uri.getQueryParameters()).map(a -> forward(a, uri));
    }

    private static Response forward(Passthrough answer, UriInfo uri) {
        return Forward.of(answer, uri, "/api/v1");
    }
}
