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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateway replicas in front of the same two services, both relaying the one articles feed at the
 * same time: every article ingested through either is applied by the events-service exactly once.
 */
class TwoGatewaysIT {

    static final int ARTICLES = 300;
    static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = Suite.start(Map.of(), 2);
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    static RequestSpecification service(String name) {
        return RestAssured.given().baseUri(suite.node(name).url()).header("X-Service-Token", Suite.SERVICE_TOKEN);
    }

    /** Half through each gateway, at the same time: a batch of 100 and then 50 single posts on each. */
    static List<String> ingestThroughBoth(String run) {
        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> ingest(suite.gateway(), run, 0));
        CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(
                () -> ingest(suite.node("gateway-2").url(), run, ARTICLES / 2));
        List<String> ids = new ArrayList<>(first.join());
        ids.addAll(second.join());
        return ids;
    }

    static List<String> ingest(String gateway, String run, int from) {
        List<String> ids = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        for (int i = from; i < from + 100; i++) {
            batch.append(FaultIT.article(run, i)).append('\n');
        }
        try {
            HttpResponse<java.io.InputStream> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(gateway + "/api/v1/articles/batch"))
                            .header("X-API-Key", Suite.ADMIN_KEY).header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
                lines.lines().map(JsonPath::from).forEach(result -> {
                    assertThat(result.getInt("status")).as(result.prettify()).isEqualTo(201);
                    ids.add(result.getString("id"));
                });
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (int i = from + 100; i < from + ARTICLES / 2; i++) {
            ids.add(RestAssured.given().baseUri(gateway).header("X-API-Key", Suite.ADMIN_KEY)
                    .contentType("application/json").body(FaultIT.article(run, i)).post("/api/v1/articles")
                    .then().statusCode(201).extract().path("id"));
        }
        return ids;
    }

    static long head() {
        return service("articles-service").get("/feed/head").jsonPath().getLong("seq");
    }

    static long position() {
        return service("events-service").get("/feed/position").jsonPath().getLong("lastSeq");
    }

    @Test
    void everyArticleIsAppliedExactlyOnceWhileBothRelay() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = ingestThroughBoth(run);
        assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates();

        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (position() < head() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(position()).as("the events-service's mark against the feed head").isEqualTo(head());

        Map<String, Integer> mentionsPerArticle = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String id : ids) {
            JsonPath summary = service("events-service").get("/articles/" + id + "/summary").then().statusCode(200)
                    .extract().jsonPath();
            List<String> ofArticle = summary.getList("events.id");
            assertThat(ofArticle).as("events of article %s", id).isNotEmpty().doesNotHaveDuplicates();
            ofArticle.stream().filter(e -> !events.contains(e)).forEach(events::add);
        }
        for (String event : events) {
            List<String> mentioned = service("events-service").get("/events/" + event).then().statusCode(200)
                    .extract().jsonPath().getList("mentions.articleId");
            JsonPath found = service("events-service").get("/events/" + event).then().extract().jsonPath();
            assertThat(mentioned).as("articles mentioning %s", event).doesNotHaveDuplicates();
            assertThat(found.getInt("numArticles")).as("article count of %s", event)
                    .isEqualTo((int) mentioned.stream().distinct().count());
            mentioned.forEach(a -> mentionsPerArticle.merge(a, 1, Integer::sum));
        }
        assertThat(mentionsPerArticle.keySet()).containsAll(ids);

        // Each actor country leads every 8th article: its article count is exact only if none was applied twice.
        for (int k = 0; k < FaultIT.ACTORS.length; k++) {
            String actor = FaultIT.ACTORS[k];
            int expected = Collections.frequency(actorsOf(), actor);
            JsonPath found = service("events-service").queryParam("q", actor).queryParam("type", "COUNTRY")
                    .get("/entities").then().statusCode(200).extract().jsonPath();
            int at = found.getList("items.name").indexOf(actor);
            assertThat(at).as("%s in the events-service's catalogue", actor).isNotNegative();
            assertThat(found.getInt("items[" + at + "].numArticles")).as("articles naming %s", actor)
                    .isEqualTo(expected);
        }
    }

    private static List<String> actorsOf() {
        List<String> actors = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            actors.add(FaultIT.ACTORS[i % FaultIT.ACTORS.length]);
        }
        return actors;
    }
}
