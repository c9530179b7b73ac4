package io.dateline.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.dateline.gateway.client.Passthrough;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;

/**
 * Reads the services' answers for the pages, in-process through the gateway's own clients (the
 * same calls, timeouts and circuit breakers as /api/v1). A page's main part must be there; its
 * other parts may be missing, and then the page says so.
 */
@ApplicationScoped
public class NewsDesk {

    /** An optional part of a page; {@code unavailable} when its service is down. */
    public record Part(JsonNode value, boolean unavailable) {
    }

    private final ObjectMapper json;

    public NewsDesk(ObjectMapper json) {
        this.json = json;
    }

    /** 200 gives the JSON; 404 a "not found" page; any other answer a page showing the service's detail. */
    public Uni<JsonNode> main(Uni<Passthrough> call, String what) {
        return call.map(answer -> {
            if (answer.status() == 200 || answer.status() == 201) {
                return read(answer.body());
            }
            if (answer.status() == 404) {
                throw new PageProblem(404, "There is no " + what + " here.");
            }
            throw new PageProblem(answer.status(), detail(answer));
        });
    }

    /** 200 gives the JSON; 404 nothing; a service that is down, a part marked unavailable. */
    public Uni<Part> part(Uni<Passthrough> call) {
        return call.map(answer -> new Part(answer.status() == 200 ? read(answer.body()) : MissingNode.getInstance(), false))
                .onFailure().recoverWithItem(() -> new Part(MissingNode.getInstance(), true));
    }

    /** The detail of a problem+json answer, or a plain sentence. */
    public String detail(Passthrough answer) {
        try {
            JsonNode problem = json.readTree(answer.body());
            StringBuilder detail = new StringBuilder(problem.path("detail").asText("The request was refused."));
            problem.path("errors").forEach(e -> detail.append(' ').append(e.path("field").asText())
                    .append(": ").append(e.path("message").asText()).append('.'));
            return detail.toString();
        } catch (IOException | RuntimeException e) {
            return "The request was refused (" + answer.status() + ").";
        }
    }

    public JsonNode read(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("a service answered with unreadable JSON", e);
        }
    }
}
