package io.dateline.gateway.ui;

import io.dateline.gateway.security.AccessControl;
import io.dateline.gateway.security.ApiKeys;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Logging in with an API key (it is checked and forgotten: the cookie names the key, never holds it)
 * and logging out. The login form carries its own token, matched with a short-lived cookie, so no
 * other site can log a browser in under a key of its choosing.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class LoginPages {

    static final String LOGIN_COOKIE = "dateline_login";
    private static final Pattern LOCAL_PAGE = Pattern.compile("/ui(/[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*)?");

    private final AccessControl access;
    private final SessionCookies sessions;
    private final Pages pages;
    private final SecureRandom random = new SecureRandom();

    public LoginPages(AccessControl access, SessionCookies sessions, Pages pages) {
        this.access = access;
        this.sessions = sessions;
        this.pages = pages;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/ui/search")).build();
    }

    @GET
    @Path("/login")
    public Response form(@QueryParam("next") String next, RoutingContext ctx) {
        return loginPage(ctx, 200, next, null);
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String key, @RestForm String token, @RestForm String next,
                          @CookieParam(LOGIN_COOKIE) String expected, RoutingContext ctx) {
        if (expected == null || token == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            return loginPage(ctx, 403, next, "This login form has expired; please try again.");
        }
        Optional<ApiKeys.Key> found = access.identify(key == null ? null : key.strip());
        if (found.isEmpty()) {
            return loginPage(ctx, 401, next, "That key is not valid.");
        }
        String cookie = sessions.open(found.get(), Instant.now());
        return Response.seeOther(URI.create(localPage(next)))
                .header("Set-Cookie", cookie(ctx, SessionCookies.NAME, cookie, "/ui", -1))
                .header("Set-Cookie", cookie(ctx, LOGIN_COOKIE, "", "/ui/login", 0))
                .build();
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@RestForm String csrf, RoutingContext ctx) {
        UiSession session = Pages.session(ctx);
        if (!SessionCookies.csrfMatches(session, csrf)) {
            return pages.error(ctx, 403, "The form's security token is missing or stale; reload the page and try again.");
        }
        sessions.close(session, Instant.now());
        return Response.seeOther(URI.create("/ui/login"))
                .header("Set-Cookie", cookie(ctx, SessionCookies.NAME, "", "/ui", 0)).build();
    }

    private Response loginPage(RoutingContext ctx, int status, String next, String error) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Response page = pages.render(null, status, "login", Map.of("next", localPage(next), "token", token,
                "error", error == null ? "" : error));
        return Response.fromResponse(page).header("Set-Cookie", cookie(ctx, LOGIN_COOKIE, token, "/ui/login", 1800)).build();
    }

    /** Only a page of this UI: never another site, never a protocol-relative or odd path. */
    static String localPage(String next) {
        return next != null && LOCAL_PAGE.matcher(next).matches() && !next.startsWith("/ui/login")
                && !next.contains("//") ? next : "/ui/search";
    }

    /** HttpOnly and SameSite=Strict always; Secure when the browser came over https (directly or via a proxy). */
    static String cookie(RoutingContext ctx, String name, String value, String path, long maxAge) {
        StringBuilder c = new StringBuilder(name).append('=').append(value).append("; Path=").append(path)
                .append("; HttpOnly; SameSite=Strict");
        if (maxAge >= 0) {
            c.append("; Max-Age=").append(maxAge);
        }
        if (secure(ctx)) {
            c.append("; Secure");
        }
        return c.toString();
    }

    static boolean secure(RoutingContext ctx) {
        return ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"));
    }
}
