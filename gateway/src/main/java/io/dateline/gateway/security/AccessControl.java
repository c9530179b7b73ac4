package io.dateline.gateway.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.gateway.rest.Problem;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The gateway's door for /api: a request id for every request (accepted or made, written in every
 * log line and passed on to the services), then the API key, its role, and its rate limit.
 */
@ApplicationScoped
public class AccessControl {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String API_KEY = "X-API-Key";
    private static final Logger LOG = Logger.getLogger(AccessControl.class);
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final ObjectMapper json;
    private final boolean required;

    public AccessControl(@ConfigProperty(name = "dateline.api-keys") Optional<String> keys,
                         @ConfigProperty(name = "dateline.api-keys.required", defaultValue = "true") boolean required,
                         @ConfigProperty(name = "dateline.rate-limit.per-second", defaultValue = "200") double perSecond,
                         @ConfigProperty(name = "dateline.rate-limit.burst", defaultValue = "400") double burst,
                         ObjectMapper json) {
        this.keys = ApiKeys.parse(keys.orElse(""));
        this.required = required;
        this.limiter = new RateLimiter(perSecond, burst);
        this.json = json;
    }

    /** Production refuses to start without keys: an open API is never the default. */
    void check(@Observes StartupEvent event) {
        if (required && keys.isEmpty()) {
            throw new IllegalStateException("No API keys are configured: set DATELINE_API_KEYS to "
                    + "name:role:sha256hex entries (see deploy/README.md)");
        }
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::requestId);
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(this::authorize);
    }

    private void requestId(RoutingContext ctx) {
        String id = ctx.request().getHeader(REQUEST_ID);
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            id = newRequestId();
            ctx.request().headers().set(REQUEST_ID, id);
        }
        MDC.put("requestId", id);
        ctx.response().putHeader(REQUEST_ID, id);
        ctx.next();
    }

    /** A random (version 4) UUID from a per-thread generator: request ids need to be unique, not secret. */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private void authorize(RoutingContext ctx) {
        Optional<ApiKeys.Key> key = keys.find(ctx.request().getHeader(API_KEY));
        if (key.isEmpty()) {
            ctx.response().putHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
            deny(ctx, 401, ctx.request().getHeader(API_KEY) == null ? "An X-API-Key header is required."
                    : "The API key is not valid.");
            return;
        }
        Role needed = roleFor(ctx.request().method(), ctx.request().path());
        if (!key.get().role().covers(needed)) {
            deny(ctx, 403, "This key's role (" + key.get().role().name().toLowerCase()
                    + ") may not do this; it needs " + needed.name().toLowerCase() + ".");
            return;
        }
        long wait = limiter.acquire(key.get().name(), System.nanoTime());
        if (wait > 0) {
            ctx.response().putHeader("Retry-After", String.valueOf(wait));
            deny(ctx, 429, "Too many requests for this key; try again in " + wait + " s.");
            return;
        }
        MDC.put("apiKey", key.get().name());
        ctx.next();
    }

    /** The key a person typed into the UI's login form, checked as the X-API-Key header is. */
    public Optional<ApiKeys.Key> identify(String presented) {
        return keys.find(presented);
    }

    /** The key a UI session was opened with, as configured now (gone when removed or rotated). */
    public Optional<ApiKeys.Key> named(String name) {
        return keys.named(name);
    }

    /** The UI's requests spend the same per-key budget as the API's: 0 when allowed, else seconds to wait. */
    public long acquire(String keyName) {
        return limiter.acquire(keyName, System.nanoTime());
    }

    static Role roleFor(HttpMethod method, String path) {
        if (path.startsWith("/api/v1/admin")) {
            return Role.ADMIN;
        }
        boolean write = !(method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS);
        return write ? Role.EDITOR : Role.READER;
    }

    private void deny(RoutingContext ctx, int status, String detail) {
        LOG.debugf("%d for %s %s", status, ctx.request().method(), ctx.request().path());
        try {
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(Problem.of(status, detail, ctx.request().path())));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
