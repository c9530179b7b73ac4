package io.dateline.gateway.client;

import io.dateline.gateway.security.AccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** What every call to a service carries: the service token only the gateway holds, and the request id. */
@ApplicationScoped
public class ServiceHeaders implements ClientHeadersFactory {

    public static final String SERVICE_TOKEN = "X-Service-Token";

    private final String token;

    public ServiceHeaders(@ConfigProperty(name = "dateline.service-token") String token) {
        this.token = token;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
        headers.putSingle(SERVICE_TOKEN, token);
        String requestId = incoming == null ? null : incoming.getFirst(AccessControl.REQUEST_ID);
        if (requestId == null) {
            requestId = org.jboss.logging.MDC.get("requestId") instanceof String s ? s : null;
        }
        if (requestId != null) {
            headers.putSingle(AccessControl.REQUEST_ID, requestId);
        }
        return headers;
    }
}
