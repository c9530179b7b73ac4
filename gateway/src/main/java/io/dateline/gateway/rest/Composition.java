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
import java.util.function.Function;

/**
 * Joins a primary answer with an optional part from another service, fetched at the same time (or,
 * when the part is asked about what the primary holds, right after it). When the part's service is
 * down the answer still comes, marked {@code degraded: [part]}; when the primary's is down, 503.
 */
@ApplicationScoped
public class Composition {

    private final ObjectMapper json;

    public Composition(ObjectMapper json) {
        this.json = json;
    }

    /** An optional part of a composed answer and the call that fetches it. */
    public record Part(String name, Uni<Passthrough> call) {
    }

    /**
     * Both calls start at once.
     *
     * @param merge copies the part's fields into the primary object
     */
    public Uni<Response> compose(Uni<Passthrough> primary, Part part, PartMerge merge) {
        return Uni.combine().all().unis(primary, optional(part.call())).asTuple()
                .map(both -> join(both.getItem1(), part.name(), both.getItem2(), merge));
    }

    /**
     * For a part that needs the primary answer first (the ids of a page): the part is asked only once
     * the primary answered 200, and {@code partFor} may answer null when there is nothing to ask.
     */
    public Uni<Response> composeAfter(Uni<Passthrough> primary, String name,
                                     Function<JsonNode, Uni<Passthrough>> partFor, PartMerge merge) {
        return primary.chain(main -> {
            if (main.status() != 200) {
                return Uni.createFrom().item(join(main, name, Optional.empty(), merge));
            }
            ObjectNode body = (ObjectNode) read(main.body());
            Uni<Passthrough> call = partFor.apply(body);
            if (call == null) {
                return Uni.createFrom().item(merged(body, name, Optional.empty(), merge));
            }
            return optional(call).map(extra -> merged(body, name, extra, merge));
        });
    }

    /** The part as JSON, empty on any answer but 200, or null when its service is down. */
    private Uni<Optional<JsonNode>> optional(Uni<Passthrough> call) {
        return call.map(answer -> answer.status() == 200 ? Optional.of(read(answer.body())) : Optional.<JsonNode>empty())
                .onFailure().recoverWithItem(() -> null);
    }

    private Response join(Passthrough main, String name, Optional<JsonNode> extra, PartMerge merge) {
        if (main.status() != 200) {
            return Response.status(main.status()).type(main.contentType()).entity(main.body()).build();
        }
        return merged((ObjectNode) read(main.body()), name, extra, merge);
    }

    private static Response merged(ObjectNode body, String name, Optional<JsonNode> extra, PartMerge merge) {
        if (extra == null) {
            body.putArray("degraded").add(name);
        } else {
            merge.into(body, extra.orElse(null));
        }
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE).build();
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
