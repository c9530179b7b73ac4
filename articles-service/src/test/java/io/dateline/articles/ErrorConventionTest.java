package io.dateline.articles;

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

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", startsWith("https://"))
                .body("title", not(equalTo(null)))
                .body("detail", not(equalTo(null)))
                .body("instance", startsWith("/"))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void unknownRouteIs404() {
        problem(given().accept("application/json").when().get("/no/such/route").then(), 404)
                .body("instance", equalTo("/no/such/route"));
        problem(given().when().get("/no/such/route").then(), 404);
    }

    @Test
    void unknownArticleIs404() {
        problem(given().when().get("/articles/5b0cbb71-3a35-4c6f-9a89-6f2a5d1f7e10").then(), 404);
    }

    @Test
    void malformedJsonIs400() {
        problem(given().contentType("application/json").body("{\"text\": \"unclosed").when().post("/articles").then(), 400)
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongFieldTypeIs400WithTheField() {
        problem(given().contentType("application/json")
                .body("{\"text\": \"Some text.\", \"publishedAt\": \"last tuesday\"}")
                .when().post("/articles").then(), 400)
                .body("errors.field", hasItem("publishedAt"));
    }

    @Test
    void failedValidationIs400WithErrors() {
        problem(given().contentType("application/json")
                .body("{\"text\": \"Some text.\", \"url\": \"not a url\", \"language\": \"english!\"}")
                .when().post("/articles").then(), 400)
                .body("errors.field", hasItem("url"))
                .body("errors.field", hasItem("language"));
    }

    @Test
    void missingBodyTextIs422() {
        problem(given().contentType("application/json").body("{\"title\": \"Only a title\"}")
                .when().post("/articles").then(), 422)
                .body("errors.field", hasItem("text"));
    }

    @Test
    void bodyOverTheLimitIs413() {
        String big = "{\"text\": \"" + "a".repeat(70 * 1024) + "\"}";
        problem(given().contentType("application/json").body(big).when().post("/articles").then(), 413);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        problem(given().contentType("text/csv").body("a,b\n1,2").when().post("/articles").then(), 415)
                .body("detail", containsString("text/csv"));
    }

    @Test
    void wrongMethodIs405() {
        problem(given().when().put("/articles").then(), 405);
    }

    @Test
    void badQueryParameterIs400() {
        problem(given().when().get("/articles?limit=100000").then(), 400).body("errors.field", hasItem("limit"));
        problem(given().when().get("/articles?cursor=%%%").then(), 400);
    }
}
