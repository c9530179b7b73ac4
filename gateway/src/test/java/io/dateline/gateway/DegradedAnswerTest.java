package io.dateline.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Composed answers over stand-in services: whole when both answer, degraded: ["events"] when the
 * events-service fails, 503 with Retry-After when the part the answer cannot do without fails.
 */
@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class DegradedAnswerTest extends ApiKeyForTests {

    @ConfigProperty(name = "quarkus.rest-client.articles.url")
    String articles;

    @ConfigProperty(name = "quarkus.rest-client.events.url")
    String events;

    private static void toggle(String service, String state) throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service + "/stub/" + state))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    @AfterEach
    void bothUp() throws Exception {
        toggle(articles, "up");
        toggle(events, "up");
    }

    @Test
    void withBothServicesTheAnswersAreWhole() {
        given().get("/api/v1/articles/" + StubServices.ARTICLE).then().statusCode(200)
                .body("title", equalTo("Oslo sends a frigate north"))
                .body("events.type", contains("MOBILIZE")).body("lead.who", equalTo("Norway"))
                .body("degraded", nullValue());
        given().get("/api/v1/entities").then().statusCode(200)
                .body("items.id", contains("country:NOR", "location:tromso"))
                .body("items.articleCount", contains(3, 1))
                .body("items.eventCount", contains(2, 0))
                .body("items.asActorCount", contains(2, 0))
                .body("items.asRecipientCount", contains(1, 0))
                .body("degraded", nullValue());
        given().get("/api/v1/entities/country:NOR").then().statusCode(200)
                .body("articleCount", equalTo(3)).body("eventCount", equalTo(2))
                .body("asActor.id", contains("e1")).body("degraded", nullValue());
    }

    @Test
    void withoutTheEventsServiceComposedAnswersComeDegraded() throws Exception {
        toggle(events, "down");
        given().get("/api/v1/articles/" + StubServices.ARTICLE).then().statusCode(200)
                .body("title", equalTo("Oslo sends a frigate north"))
                .body("degraded", contains("events")).body("events", nullValue());
        given().get("/api/v1/entities").then().statusCode(200)
                .body("items.id", contains("country:NOR", "location:tromso"))
                .body("items[0].eventCount", nullValue()).body("items[0].articleCount", equalTo(3))
                .body("degraded", contains("events"));
        given().get("/api/v1/entities/country:NOR").then().statusCode(200)
                .body("name", equalTo("Norway")).body("asActor", nullValue()).body("degraded", contains("events"));
        given().get("/api/v1/events/e1").then().statusCode(503)
                .header("Retry-After", notNullValue())
                .contentType(startsWith("application/problem+json")).body("detail", containsString("events"));
    }

    @Test
    void withoutTheArticlesServiceWhatNeedsItIs503() throws Exception {
        toggle(articles, "down");
        for (String path : new String[] {"/api/v1/articles/" + StubServices.ARTICLE, "/api/v1/entities",
                "/api/v1/entities/country:NOR"}) {
            given().get(path).then().statusCode(503).header("Retry-After", notNullValue())
                    .contentType(startsWith("application/problem+json")).body("detail", containsString("articles"));
        }
        given().get("/api/v1/events/e1").then().statusCode(200).body("type", equalTo("MOBILIZE"));
    }
}
