package io.dateline.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Every error answer is RFC 9457 problem+json with no internals. */
@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class ErrorConventionTest extends ServiceTokenForTests {

    @org.junit.jupiter.api.BeforeEach
    void asTheGateway() {
        ServiceTokenForTests.use();
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", startsWith("https://"))
                .body("instance", startsWith("/"))
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownRouteIs404() {
        problem(given().when().get("/no/such/route").then(), 404);
    }

    @Test
    void unknownEventIs404() {
        problem(given().when().get("/events/5b0cbb71-3a35-4c6f-9a89-6f2a5d1f7e10").then(), 404);
    }

    @Test
    void malformedIdIs404NotAServerError() {
        problem(given().when().get("/events/not-a-uuid").then(), 404);
    }

    @Test
    void badQueryParametersAre400() {
        problem(given().when().get("/events?limit=0").then(), 400).body("errors.field", hasItem("limit"));
        problem(given().when().get("/events?cursor=garbage!").then(), 400);
    }

    @Test
    void wrongMethodIs405() {
        problem(given().contentType("application/json").body("{}").when().delete("/events").then(), 405);
    }
}
