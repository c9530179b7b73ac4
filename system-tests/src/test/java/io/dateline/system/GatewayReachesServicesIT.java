package io.dateline.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** All three services running as separate processes; the gateway reaches both through its REST clients. */
class GatewayReachesServicesIT {

    static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.start(Map.of());
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void theGatewayReachesTheArticlesService() {
        String location = given().baseUri(suite.gateway()).header("X-API-Key", Suite.ADMIN_KEY)
                .contentType("application/json")
                .body("{\"url\": \"https://example.org/suite-test\", \"title\": \"Suite test\","
                        + " \"text\": \"Norway sends two frigates to the North Sea.\"}")
                .when().post("/api/v1/articles").then()
                .statusCode(201)
                .header("Location", startsWith(suite.gateway() + "/api/v1/articles/"))
                .extract().header("Location");
        given().header("X-API-Key", Suite.ADMIN_KEY).when().get(location).then().statusCode(200).body("title", equalTo("Suite test"));
        given().baseUri(suite.gateway()).header("X-API-Key", Suite.ADMIN_KEY).when().get("/api/v1/articles").then()
                .statusCode(200)
                .body("items.title", hasItem("Suite test"));
    }

    @Test
    void theGatewayReachesTheEventsService() {
        given().baseUri(suite.gateway()).header("X-API-Key", Suite.ADMIN_KEY).when().get("/api/v1/events").then()
                .statusCode(200)
                .body("items", notNullValue());
        given().baseUri(suite.gateway()).header("X-API-Key", Suite.ADMIN_KEY).when().get("/api/v1/events/00000000-0000-0000-0000-000000000000").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }
}
