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

/**
 * The auth matrix: every public route with no key, a wrong key, too small a role and the right
 * role. With no service behind this gateway, "allowed" shows as 503 or 404 (it got past the door).
 */
@QuarkusTest
class AccessControlTest {

    @TestHTTPResource("/")
    URL root;

    record Route(String method, String path, String neededRole) {
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

    @Test
    void everyRouteChecksKeyAndRole() throws Exception {
        for (Route r : ROUTES) {
            HttpResponse<String> none = call(r, null);
            assertThat(none.statusCode()).as("%s %s without a key", r.method(), r.path()).isEqualTo(401);
            assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(call(r, "not-a-key").statusCode()).as("%s %s wrong key", r.method(), r.path()).isEqualTo(401);
            if (r.neededRole().equals("admin")) {
                assertThat(call(r, ApiKeyForTests.EDITOR).statusCode()).as("%s %s as editor", r.method(), r.path())
                        .isEqualTo(403);
            } else if (r.neededRole().equals("editor")) {
                assertThat(call(r, ApiKeyForTests.READER).statusCode()).as("%s %s as reader", r.method(), r.path())
                        .isEqualTo(403);
                assertThat(call(r, ApiKeyForTests.EDITOR).statusCode()).as("%s %s as editor", r.method(), r.path())
                        .isNotIn(401, 403);
            } else {
                assertThat(call(r, ApiKeyForTests.READER).statusCode()).as("%s %s as reader", r.method(), r.path())
                        .isNotIn(401, 403);
            }
            assertThat(call(r, ApiKeyForTests.ADMIN).statusCode()).as("%s %s as admin", r.method(), r.path())
                    .isNotIn(401, 403);
        }
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
