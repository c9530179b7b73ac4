package io.dateline.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relay under faults: no acknowledged article is lost, none is extracted twice. */
class FaultIT {

    static Suite suite;
    static final String[] ACTORS = {"Norway", "Denmark", "Spain", "Poland", "Canada", "Estonia", "France", "Italy"};
    static final String[] PLACES = {"Lithuania", "Latvia", "Romania", "Bulgaria", "Slovakia", "Hungary"};

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

    static RequestSpecification api() {
        return RestAssured.given().baseUri(suite.gateway()).header("X-API-Key", Suite.ADMIN_KEY);
    }

    /** An article with one clear event: a deployment by one country to another, on its own day. */
    static String article(String run, int i) {
        String actor = ACTORS[i % ACTORS.length];
        String place = PLACES[(i / ACTORS.length) % PLACES.length];
        int day = 1 + (i % 27);
        return "{\"url\": \"https://faults.example/" + run + "/" + i + "\", \"title\": \"" + actor + " sends troops\","
                + " \"publishedAt\": \"2021-03-" + String.format("%02d", day) + "T09:00:00Z\", \"language\": \"en\","
                + " \"text\": \"" + actor + " deployed " + (100 + i) + " troops to " + place
                + " on Tuesday, the defence ministry said. The soldiers arrived by train. Report " + run + "-" + i + ".\"}";
    }

    /** Waits until the events-service has applied the whole articles feed. */
    static void awaitRelayCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            long head = RestAssured.given().baseUri(suite.node("articles-service").url())
                    .header("X-Service-Token", Suite.SERVICE_TOKEN).get("/feed/head").jsonPath().getLong("seq");
            long applied = RestAssured.given().baseUri(suite.node("events-service").url())
                    .header("X-Service-Token", Suite.SERVICE_TOKEN).get("/feed/position").jsonPath().getLong("lastSeq");
            if (applied >= head) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the relay did not catch up in 180 s");
    }

    /** The article with its events; a degraded answer (the events-service slow or down) is asked again. */
    static JsonPath composed(String id) throws InterruptedException {
        JsonPath article = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            article = api().get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath();
            if (article.getList("degraded") == null) {
                return article;
            }
            Thread.sleep(500);
        }
        return article;
    }

    /** Every article's events are there, and no article is a mention of the same event twice. */
    static void assertExtractedOnce(List<String> ids) throws InterruptedException {
        for (String id : ids) {
            JsonPath article = composed(id);
            List<String> events = article.getList("events.id");
            String summary = RestAssured.given().baseUri(suite.node("events-service").url())
                    .header("X-Service-Token", Suite.SERVICE_TOKEN).get("/articles/" + id + "/summary").asString();
            assertThat(events).as("events of %s (article %s; events-service summary %s)", id,
                    article.getString("text"), summary).isNotEmpty().doesNotHaveDuplicates();
            for (String eventId : events) {
                List<String> mentioned = api().get("/api/v1/events/" + eventId).then().statusCode(200)
                        .extract().jsonPath().getList("mentions.articleId");
                assertThat(mentioned.stream().filter(id::equals).count()).as("mentions of %s in %s", id, eventId)
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void articlesIngestedWhileTheEventsServiceIsDownAreExtractedOnceWhenItReturns() throws Exception {
        suite.node("events-service").stop(false);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(api().contentType("application/json").body(article(run, i)).post("/api/v1/articles")
                    .then().statusCode(201).extract().path("id"));
        }
        JsonPath degraded = api().get("/api/v1/articles/" + ids.get(0)).then().statusCode(200).extract().jsonPath();
        assertThat(degraded.getList("degraded")).containsExactly("events");
        assertThat(degraded.getString("title")).isNotBlank();
        api().get("/api/v1/events").then().statusCode(503).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        suite.node("events-service").start();
        suite.node("events-service").awaitReady();
        awaitRelayCaughtUp();
        assertExtractedOnce(ids);
    }

    @Test
    void aGatewayKilledDuringABatchLosesNoAcknowledgedLine() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append(article(run, i)).append('\n');
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(suite.gateway() + "/api/v1/articles/batch"))
                .header("X-API-Key", Suite.ADMIN_KEY).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<java.io.InputStream> answer = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonPath result = JsonPath.from(line);
                if (result.getInt("status") == 201) {
                    acknowledged.add(result.getString("id"));
                }
                if (acknowledged.size() == 50) {
                    suite.node("gateway").stop(true);
                }
            }
        } catch (java.io.IOException cutOff) {
            // the connection dies with the gateway
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(50);
        suite.node("gateway").start();
        suite.node("gateway").awaitReady();
        awaitRelayCaughtUp();
        Set<String> stored = new HashSet<>();
        for (String id : acknowledged) {
            api().get("/api/v1/articles/" + id).then().statusCode(200);
            stored.add(id);
        }
        assertThat(stored).hasSameSizeAs(acknowledged);
        assertExtractedOnce(acknowledged);
    }
}
