package io.dateline.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline through the public API: our sample articles (and ../shared/seeds when it is
 * there) ingested through the gateway with wait=true, then events, stories, entities, quotes and
 * the timeline asked for.
 */
class EndToEndIT {

    static Suite suite;
    static final List<String> ids = new ArrayList<>();

    static RequestSpecification api() {
        return RestAssured.given().baseUri(suite.gateway()).header("X-API-Key", Suite.ADMIN_KEY);
    }

    @BeforeAll
    static void ingest() throws Exception {
        suite = Suite.start(Map.of());
        Path root = Path.of(System.getProperty("dateline.root", "..")).toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list(root.resolve("samples")));
        files.addAll(list(root.resolve("../shared/seeds")));
        for (Path f : files) {
            String name = f.getFileName().toString();
            String type = name.endsWith(".json") ? "application/json" : name.endsWith(".html") ? "text/html"
                    : name.endsWith(".txt") ? "text/plain" : null;
            if (type == null) {
                continue;
            }
            var answer = api().contentType(type + "; charset=utf-8").body(Files.readAllBytes(f))
                    .queryParam("wait", true).post("/api/v1/articles").then().extract();
            assertThat(answer.statusCode()).as("%s: %s", name, answer.asString()).isIn(200, 201);
            assertThat(answer.header("Dateline-Events")).as(name).isEqualTo("extracted");
            ids.add(answer.path("id"));
        }
    }

    static List<Path> list(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void articlesComeWithTheirEventsLeadAndStory() {
        for (String id : ids) {
            JsonPath a = api().get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(a.getList("degraded")).as("degraded parts of %s", id).isNull();
            assertThat(a.getMap("story")).as("story of %s", id).isNotNull();
        }
        JsonPath denmark = api().get("/api/v1/articles/" + ids.get(0)).then().extract().jsonPath();
        assertThat(denmark.getList("events.type")).contains("MOBILIZE");
        assertThat(denmark.getString("lead.who")).isNotBlank();
    }

    @Test
    void eventsCanBeSearchedAndOpened() {
        JsonPath events = api().queryParam("type", "MOBILIZE").get("/api/v1/events").then().statusCode(200)
                .extract().jsonPath();
        assertThat(events.getList("items")).isNotEmpty();
        String id = events.getString("items[0].id");
        JsonPath event = api().get("/api/v1/events/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(event.getList("mentions.source")).isNotEmpty();
        assertThat(event.getString("summary")).isNotBlank();
    }

    @Test
    void storiesEntitiesQuotesAndTheTimelineAnswer() {
        assertThat(api().get("/api/v1/stories").then().statusCode(200).extract().jsonPath().getList("items"))
                .isNotEmpty();
        JsonPath entities = api().queryParam("q", "Denm").get("/api/v1/entities").then().statusCode(200)
                .extract().jsonPath();
        assertThat(entities.getList("items.id")).contains("country:DNK");
        assertThat(entities.getList("degraded")).isNull();
        assertThat(entities.getInt("items.find { it.id == 'country:DNK' }.eventCount")).isPositive();
        assertThat(entities.getInt("items.find { it.id == 'country:DNK' }.asActorCount")).isPositive();
        JsonPath profile = api().get("/api/v1/entities/country:DNK").then().statusCode(200).extract().jsonPath();
        assertThat(profile.getList("degraded")).isNull();
        assertThat(profile.getList("asActor")).isNotEmpty();
        assertThat(profile.getInt("eventCount")).isEqualTo(entities.getInt("items.find { it.id == 'country:DNK' }.eventCount"));
        assertThat(api().get("/api/v1/quotes").then().statusCode(200).extract().jsonPath().getList("items"))
                .isNotEmpty();
        JsonPath timeline = api().queryParam("entity", "country:DNK").get("/api/v1/timeline").then().statusCode(200)
                .extract().jsonPath();
        assertThat(timeline.getList("items")).isNotEmpty();
    }
}
