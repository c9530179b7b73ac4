package io.dateline.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** The articles-service's own API, as the gateway calls it. */
@org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders(ServiceHeaders.class)
@RegisterRestClient(configKey = "articles")
public interface ArticlesRestClient {

    @GET
    @Path("/feed")
    Uni<Response> feed(@RestQuery("after") long after, @RestQuery("limit") int limit);

    @GET
    @Path("/feed/head")
    Uni<Response> feedHead();

    @GET
    @Path("/entities")
    Uni<Response> listEntities(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/entities/{id}")
    Uni<Response> getEntity(@PathParam("id") String id);

    @GET
    @Path("/articles")
    Uni<Response> list(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/articles/{id}")
    Uni<Response> get(@PathParam("id") String id);

    @GET
    @Path("/articles/{id}/annotations")
    Uni<Response> annotations(@PathParam("id") String id);

    @GET
    @Path("/articles/{id}/raw")
    Uni<Response> raw(@PathParam("id") String id);

    @jakarta.ws.rs.DELETE
    @Path("/articles/{id}")
    Uni<Response> delete(@PathParam("id") String id);

    @POST
    @Path("/articles")
    @Consumes("*/*")
    Uni<Response> ingest(@HeaderParam("Content-Type") String contentType, byte[] body,
                         @RestQuery MultivaluedMap<String, String> query);
}
