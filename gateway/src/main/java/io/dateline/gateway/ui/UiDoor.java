package io.dateline.gateway.ui;

import io.dateline.gateway.security.AccessControl;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jboss.logging.MDC;

/**
 * The UI's door: strict security headers on every /ui answer, then the session cookie (a login form
 * for whoever has none), the key's rate limit, and for the batch upload its role and CSRF header.
 * Pages check their forms' CSRF field themselves, since the form body is read later.
 */
@ApplicationScoped
public class UiDoor {

    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String BATCH = "/ui/ingest/batch";

    private final SessionCookies sessions;
    private final AccessControl access;

    public UiDoor(SessionCookies sessions, AccessControl access) {
        this.sessions = sessions;
        this.access = access;
    }

    void install(@Observes Router router) {
        router.get("/").order(Integer.MIN_VALUE + 2).handler(ctx -> redirect(ctx, "/ui/search"));
        router.route("/ui/*").order(Integer.MIN_VALUE + 2).handler(this::admit);
    }

    private void admit(RoutingContext ctx) {
        ctx.response().headers()
                .set("Content-Security-Policy", CSP)
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "same-origin")
                .set("Cross-Origin-Opener-Policy", "same-origin");
        String path = ctx.request().path();
        if (path.startsWith("/ui/assets/")) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("Cache-Control", "no-store");
        if (path.equals("/ui/login")) {
            ctx.next();
            return;
        }
        Cookie cookie = ctx.request().getCookie(SessionCookies.NAME);
        UiSession session = sessions.read(cookie == null ? null : cookie.getValue(), Instant.now()).orElse(null);
        if (session == null) {
            if (ctx.request().method() == HttpMethod.GET) {
                String uri = ctx.request().uri();
                redirect(ctx, "/ui/login?next=" + URLEncoder.encode(uri, StandardCharsets.UTF_8));
            } else {
                refuse(ctx, 401, "Your session has ended. <a href=\"/ui/login\">Log in</a> again.");
            }
            return;
        }
        long wait = access.acquire(session.keyName());
        if (wait > 0) {
            ctx.response().putHeader("Retry-After", String.valueOf(wait));
            refuse(ctx, 429, "Too many requests for this key; try again in a few seconds.");
            return;
        }
        if (path.equals(BATCH) && !batchAllowed(ctx, session)) {
            return;
        }
        MDC.put("apiKey", session.keyName());
        ctx.put(UiSession.ATTRIBUTE, session);
        ctx.next();
    }

    private boolean batchAllowed(RoutingContext ctx, UiSession session) {
        if (!session.mayIngest()) {
            refuse(ctx, 403, "Ingesting needs an editor or admin key.");
            return false;
        }
        if (!SessionCookies.csrfMatches(session, ctx.request().getHeader(CSRF_HEADER))) {
            refuse(ctx, 403, "The form's security token is missing or stale; reload the page.");
            return false;
        }
        return true;
    }

    private static void redirect(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).end();
    }

    /** A fixed message: nothing from the request is written back. */
    private static void refuse(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
                .end(Pages.plain(status == 401 ? "Logged out" : status == 429 ? "Slow down" : "Not allowed", message));
    }
}
