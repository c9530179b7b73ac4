package io.dateline.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The events-service's feed intake, on its own client: applying a page can take far longer than a
 * read on a loaded machine, and a page cut off by a read timeout is posted again for nothing.
 */
@RegisterClientHeaders(ServiceHeaders.class)
@RegisterRestClient(configKey = "events-feed")
public interface EventsFeedRestClient {

    @POST
    @Path("/feed/entries")
    @Consumes("application/json")
    Uni<Response> applyFeed(byte[] page);
}
