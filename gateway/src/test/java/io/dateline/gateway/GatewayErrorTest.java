package io.dateline.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The gateway alone, with no service behind it: every answer is still problem+json. */
@QuarkusTest
class GatewayErrorTest extends ApiKeyForTests {

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("instance", startsWith("/"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aDownServiceIs503WithRetryAfter() {
        problem(given().when().get("/api/v1/articles").then(), 503)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("articles"));
        problem(given().when().get("/api/v1/events").then(), 503).body("detail", containsString("events"));
    }

    @Test
    void unknownRouteIs404() {
        problem(given().when().get("/api/v1/nothing-here").then(), 404);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        problem(given().contentType("application/pdf").body(new byte[] {1, 2, 3}).when().post("/api/v1/articles").then(), 415);
    }

    @Test
    void bodyOverTheLimitIs413() {
        problem(given().contentType("text/plain").body("x".repeat(70 * 1024)).when().post("/api/v1/articles").then(), 413);
    }

    @Test
    void wrongMethodIs405() {
        problem(given().when().delete("/api/v1/events").then(), 405);
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/articles'.post.summary", equalTo("Ingest one article"));
    }
}
