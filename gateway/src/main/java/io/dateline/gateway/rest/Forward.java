package io.dateline.gateway.rest;

import io.dateline.gateway.client.Passthrough;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Turns a service's answer into the gateway's, with locations rewritten to public URLs. */
final class Forward {

    private Forward() {
    }

    static Response of(Passthrough answer, UriInfo uri, String publicPath) {
        Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body());
        if (answer.contentType() != null) {
            response.type(answer.contentType());
        }
        if (answer.location() != null) {
            String id = answer.location().substring(answer.location().lastIndexOf('/') + 1);
            response.location(URI.create(uri.getBaseUri().toString().replaceAll("/$", "") + publicPath + "/" + id));
        }
        return response.build();
    }
}
