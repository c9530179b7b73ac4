package io.dateline.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** The events-service's own API, as the gateway calls it. */
@org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders(ServiceHeaders.class)
@RegisterRestClient(configKey = "events")
public interface EventsRestClient {

    @GET
    @Path("/feed/position")
    Uni<Response> feedPosition();

    @jakarta.ws.rs.POST
    @Path("/admin/reset")
    Uni<Response> reset();

    @GET
    @Path("/events")
    Uni<Response> listEvents(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/events/{id}")
    Uni<Response> getEvent(@PathParam("id") String id);

    @GET
    @Path("/stories")
    Uni<Response> listStories(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/stories/{id}")
    Uni<Response> getStory(@PathParam("id") String id);

    @GET
    @Path("/entities")
    Uni<Response> listEntities(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/entities/{id}")
    Uni<Response> getEntity(@PathParam("id") String id);

    @jakarta.ws.rs.POST
    @Path("/entity-counts")
    @jakarta.ws.rs.Consumes("application/json")
    Uni<Response> entityCounts(java.util.List<String> ids);

    @GET
    @Path("/quotes")
    Uni<Response> listQuotes(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/timeline")
    Uni<Response> timeline(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/articles/{id}/summary")
    Uni<Response> articleSummary(@PathParam("id") String id);
}
