package io.dateline.events.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Only the gateway may call this service: every route but the platform's /q/* (health, metrics,
 * OpenAPI) needs the service token the gateway holds. The gateway's request id joins the logs.
 */
@ApplicationScoped
public class ServiceToken {

    public static final String HEADER = "X-Service-Token";

    private final byte[] token;
    private final ObjectMapper json;

    public ServiceToken(@ConfigProperty(name = "dateline.service-token") String token, ObjectMapper json) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String requestId = ctx.request().getHeader("X-Request-Id");
        if (requestId != null && requestId.length() <= 128) {
            MDC.put("requestId", requestId);
        }
        if (ctx.request().path().startsWith("/q/")) {
            ctx.next();
            return;
        }
        String presented = ctx.request().getHeader(HEADER);
        if (presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            ctx.next();
            return;
        }
        try {
            ctx.response().setStatusCode(401).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(Problem.of(401,
                            "This service answers only the gateway (X-Service-Token).", ctx.request().path())));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(401).end();
        }
    }
}
