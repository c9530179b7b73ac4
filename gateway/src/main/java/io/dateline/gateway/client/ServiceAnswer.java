package io.dateline.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;

/** Reads a service's answer: 5xx and transport failures become {@link ServiceUnavailableException}. */
final class ServiceAnswer {

    private ServiceAnswer() {
    }

    static Uni<Passthrough> of(String service, Uni<Response> call) {
        return call.map(Passthrough::of)
                .onFailure().transform(e -> e instanceof ServiceUnavailableException ? e
                        : new ServiceUnavailableException(service, e))
                .invoke(p -> {
                    if (p.isServerError()) {
                        throw new ServiceUnavailableException(service, null);
                    }
                });
    }
}
