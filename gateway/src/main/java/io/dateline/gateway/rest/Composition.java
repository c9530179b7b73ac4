package io.dateline.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.gateway.client.Passthrough;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Optional;

/**
 * Joins a primary answer with an optional part from another service, fetched at the same time.
 * When the part's service is down the answer still comes, marked {@code degraded: [part]}.
 */
@ApplicationScoped
public class Composition {

    private final ObjectMapper json;

    public Composition(ObjectMapper json) {
        this.json = json;
    }

    /** The part as JSON, empty when its service answered 404, or failed when the service is down. */
    public record Part(String name, Uni<Passthrough> call) {
    }

    /**
     * @param merge copies the part's fields into the primary object
     */
    public Uni<Response> compose(Uni<Passthrough> primary, Part part, PartMerge merge) {
        Uni<Optional<JsonNode>> optional = part.call()
                .map(answer -> answer.status() == 200 ? Optional.of(read(answer.body())) : Optional.<JsonNode>empty())
                .onFailure().recoverWithItem(() -> null);
        return Uni.combine().all().unis(primary, optional).asTuple().map(both -> {
            Passthrough main = both.getItem1();
            if (main.status() != 200) {
                return Response.status(main.status()).type(main.contentType()).entity(main.body()).build();
            }
            ObjectNode body = (ObjectNode) read(main.body());
            Optional<JsonNode> extra = both.getItem2();
            if (extra == null) {
                body.putArray("degraded").add(part.name());
            } else {
                merge.into(body, extra.orElse(null));
            }
            return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    /** Copies what a part adds into the primary object; {@code part} is null when the part had nothing (404). */
    @FunctionalInterface
    public interface PartMerge {
        void into(ObjectNode primary, JsonNode part);
    }

    private JsonNode read(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("a service answered with unreadable JSON", e);
        }
    }
}
