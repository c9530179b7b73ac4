package io.dateline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The auth matrix, one row per public route of docs/api.md: no key or an unknown key (401), each
 * role below the route's (403), and the route's role and above (anything but 401/403).
 */
@QuarkusTest
class AccessControlTest {

    @TestHTTPResource("/")
    URL root;

    record Route(String method, String path, String neededRole) {
        @Override
        public String toString() {
            return method + " " + path + " (" + neededRole + ")";
        }
    }

    static final String ID = "6f1c2c1e-0000-4000-8000-000000000001";

    /** Every route of docs/api.md. */
    static final List<Route> ROUTES = List.of(
            new Route("POST", "/api/v1/articles", "editor"),
            new Route("POST", "/api/v1/articles/batch", "editor"),
            new Route("GET", "/api/v1/articles", "reader"),
            new Route("GET", "/api/v1/articles/" + ID, "reader"),
            new Route("GET", "/api/v1/articles/" + ID + "/annotations", "reader"),
            new Route("GET", "/api/v1/articles/" + ID + "/raw", "reader"),
            new Route("DELETE", "/api/v1/articles/" + ID, "editor"),
            new Route("GET", "/api/v1/events", "reader"),
            new Route("GET", "/api/v1/events/" + ID, "reader"),
            new Route("GET", "/api/v1/stories", "reader"),
            new Route("GET", "/api/v1/stories/" + ID, "reader"),
            new Route("GET", "/api/v1/entities", "reader"),
            new Route("GET", "/api/v1/entities/country:DNK", "reader"),
            new Route("GET", "/api/v1/quotes", "reader"),
            new Route("GET", "/api/v1/timeline", "reader"),
            new Route("POST", "/api/v1/admin/reprocess", "admin"),
            new Route("GET", "/api/v1/admin/jobs/" + ID, "admin"));

    private HttpResponse<String> call(Route r, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + r.path()));
        if (key != null) {
            b.header("X-API-Key", key);
        }
        b.method(r.method(), r.method().equals("POST") ? HttpRequest.BodyPublishers.ofString("{\"text\": \"Auth matrix.\"}")
                : HttpRequest.BodyPublishers.noBody());
        b.header("Content-Type", r.path().endsWith("/batch") ? "application/x-ndjson" : "application/json");
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<Route> routes() {
        return ROUTES;
    }

    /** The keys of the roles below the route's: each must get 403. */
    static List<String> tooSmall(Route r) {
        return switch (r.neededRole()) {
            case "admin" -> List.of(ApiKeyForTests.READER, ApiKeyForTests.EDITOR);
            case "editor" -> List.of(ApiKeyForTests.READER);
            default -> List.of();
        };
    }

    /** The keys of the route's role and above: each must get past the door. */
    static List<String> enough(Route r) {
        return switch (r.neededRole()) {
            case "admin" -> List.of(ApiKeyForTests.ADMIN);
            case "editor" -> List.of(ApiKeyForTests.EDITOR, ApiKeyForTests.ADMIN);
            default -> List.of(ApiKeyForTests.READER, ApiKeyForTests.EDITOR, ApiKeyForTests.ADMIN);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void noKeyOrAnUnknownKeyIs401(Route r) throws Exception {
        HttpResponse<String> none = call(r, null);
        assertThat(none.statusCode()).as("without a key").isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(call(r, "not-a-key").statusCode()).as("with an unknown key").isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void aRoleBelowTheRoutesIs403(Route r) throws Exception {
        for (String key : tooSmall(r)) {
            HttpResponse<String> denied = call(r, key);
            assertThat(denied.statusCode()).as("with %s", key).isEqualTo(403);
            assertThat(denied.body()).contains("needs " + r.neededRole());
        }
    }

    /** With no service behind this gateway, "allowed" shows as 503 or 404: it got past the door. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void theRoutesRoleAndAboveGetPastTheDoor(Route r) throws Exception {
        for (String key : enough(r)) {
            assertThat(call(r, key).statusCode()).as("with %s", key).isNotIn(401, 403, 429);
        }
    }

    @Test
    void theTableHasEveryRouteOfTheApi() {
        assertThat(ROUTES.stream().map(r -> r.method() + " " + r.path().replace(ID, "{id}")
                .replace("country:DNK", "{id}")).toList()).contains(
                "POST /api/v1/articles", "POST /api/v1/articles/batch", "GET /api/v1/articles",
                "GET /api/v1/articles/{id}", "GET /api/v1/articles/{id}/annotations", "DELETE /api/v1/articles/{id}",
                "GET /api/v1/events", "GET /api/v1/events/{id}", "GET /api/v1/stories", "GET /api/v1/stories/{id}",
                "GET /api/v1/entities", "GET /api/v1/entities/{id}", "GET /api/v1/quotes", "GET /api/v1/timeline",
                "POST /api/v1/admin/reprocess", "GET /api/v1/admin/jobs/{id}");
    }

    @Test
    void everyAnswerCarriesARequestIdAndAcceptsTheCallers() throws Exception {
        HttpResponse<String> made = call(ROUTES.get(0), ApiKeyForTests.READER);
        assertThat(made.headers().firstValue("X-Request-Id")).isPresent();
        HttpRequest given = HttpRequest.newBuilder(URI.create(root.toString() + "api/v1/events"))
                .header("X-API-Key", ApiKeyForTests.READER).header("X-Request-Id", "trace-123").build();
        assertThat(HttpClient.newHttpClient().send(given, HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("X-Request-Id")).hasValue("trace-123");
    }

    @Test
    void healthNeedsNoKey() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(root.toString() + "q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }
}
