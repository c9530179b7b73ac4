package io.dateline.events.feedapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.dateline.events.EmbeddedDatabaseResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every read endpoint over a small feed of reports we wrote, and the 400s of its parameters. */
@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class ReadEndpointsTest {

    private final Report reuters = Reports.sent("reuters.com", "08");
    private final Report bbc = Reports.deployed("bbc.co.uk", "09");
    private final Report lemonde = Reports.franceSaidSpainWillSend("lemonde.fr");
    private final Report earlier = new Report("elpais.com", "Spanish frigate sails", "2022-01-17T08:00:00Z")
            .time("on Monday", "2022-01-17", "DAY")
            .sentence("Spain sent/VBD/send a frigate to the Baltic Sea on Monday .");
    private final Report accusation = new Report("dr.dk", "France accuses Spain", "2022-01-25T08:00:00Z")
            .time("on Tuesday", "2022-01-25", "DAY")
            .sentence("France accused/VBD/accuse Spain of lying/VBG/lie on Tuesday .");

    @BeforeEach
    void feed() {
        Feed.reset();
        Feed.apply(earlier.entry(1, "created", 1), reuters.entry(2, "created", 1), bbc.entry(3, "created", 1),
                lemonde.entry(4, "created", 1), accusation.entry(5, "created", 1));
    }

    private static JsonPath get(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static ValidatableResponse bad(String path) {
        return given().when().get(path).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(400));
    }

    @Test
    void eventsAreFilteredBySomeoneSomewhereSometime() {
        assertThat(get("/events?type=MOBILIZE&actor=country:DNK").getList("items.numSources")).containsExactly(2);
        assertThat(get("/events?type=mobilize&minSources=2").getList("items.actor.id")).containsExactly("country:DNK");
        assertThat(get("/events?recipient=country:ESP").getList("items.type")).contains("ACCUSE");
        assertThat(get("/events?entity=country:ESP").getList("items.type")).contains("ACCUSE", "MOBILIZE");
        assertThat(get("/events?location=location:baltic-sea").getList("items.actor.id")).contains("country:DNK", "country:ESP");
        assertThat(get("/events?actor=country:ESP&to=2022-01-20").getList("items.date")).containsExactly("2022-01-17");
        assertThat(get("/events?actor=country:ESP&from=2022-01-20").getList("items.modality")).containsExactly("planned");
        assertThat(get("/events?q=frigate&actor=country:DNK").getList("items")).hasSize(1);
        String story = get("/events?actor=country:DNK").getString("items[0].story");
        assertThat(get("/events?story=" + story).getList("items.actor.id")).contains("country:DNK");
    }

    @Test
    void eventsComeNewestFirstPageByPage() {
        List<String> all = get("/events?limit=200").getList("items.id");
        List<String> paged = new ArrayList<>();
        String cursor = "";
        do {
            JsonPath page = get("/events?limit=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor));
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor") == null ? "" : page.getString("nextCursor");
        } while (!cursor.isEmpty());
        assertThat(paged).isEqualTo(all).doesNotHaveDuplicates();
        List<String> dates = get("/events?limit=200").getList("items.date");
        assertThat(dates.get(dates.size() - 1)).isEqualTo("2022-01-17");
    }

    @Test
    void badEventParametersAre400WithEveryField() {
        bad("/events?type=PARADE&from=yesterday&story=nope&minSources=0&limit=500")
                .body("errors.field", hasItems("type", "from", "story", "minSources", "limit"));
        bad("/events?from=2022-02-01&to=2022-01-01").body("errors.field", hasItem("to"));
        bad("/events?cursor=garbage!").body("errors.field", hasItem("cursor"));
        given().when().get("/events/5b0cbb71-3a35-4c6f-9a89-6f2a5d1f7e10").then().statusCode(404);
    }

    @Test
    void storiesListAndShowTheirArticlesAndTimeline() {
        JsonPath stories = get("/stories?entity=country:DNK");
        assertThat(stories.getList("items")).isNotEmpty();
        String id = stories.getString("items[0].id");
        assertThat(stories.getList("items[0].articles.source", String.class)).containsAnyOf("reuters.com", "bbc.co.uk");
        JsonPath story = get("/stories/" + id);
        assertThat(story.getString("title")).isNotBlank();
        assertThat(story.getInt("numArticles")).isEqualTo(story.getList("articles").size());
        assertThat(story.getList("events.type")).isNotEmpty();
        assertThat(story.getList("entities.id")).contains("country:DNK");
        assertThat(get("/stories?from=2022-01-01&to=2022-01-10").getList("items")).isEmpty();
        assertThat(get("/stories?q=zzzz").getList("items")).isEmpty();
        bad("/stories?from=24/01/2022").body("errors.field", hasItem("from"));
        given().when().get("/stories/5b0cbb71-3a35-4c6f-9a89-6f2a5d1f7e10").then().statusCode(404);
    }

    @Test
    void entitiesCarryTheirEventsAndQuotes() {
        JsonPath catalogue = get("/entities?q=den&type=country");
        assertThat(catalogue.getList("items.id")).containsExactly("country:DNK");
        assertThat(catalogue.getInt("items[0].numEvents")).isEqualTo(1);
        assertThat(catalogue.getInt("items[0].numArticles")).isEqualTo(2);
        JsonPath france = get("/entities/country:FRA");
        assertThat(france.getList("asActor.type")).contains("ACCUSE");
        assertThat(france.getList("quotes.text")).containsExactly("Spain will send troops to Lithuania");
        assertThat(get("/entities/country:ESP").getList("asRecipient.type")).contains("ACCUSE");
        bad("/entities?type=PLANET").body("errors.field", hasItem("type"));
        given().when().get("/entities/country:XXX").then().statusCode(404);
    }

    @Test
    void quotesAreFoundBySpeakerWordsAndDate() {
        assertThat(get("/quotes?q=troops").getList("items.speaker.id")).containsExactly("country:FRA");
        assertThat(get("/quotes?speaker=country:DNK").getList("items")).isEmpty();
        assertThat(get("/quotes?from=2022-01-25").getList("items")).isEmpty();
        assertThat(get("/quotes?to=2022-01-24").getList("items")).hasSize(1);
        bad("/quotes?to=tomorrow&limit=0").body("errors.field", hasItems("to", "limit"));
    }

    @Test
    void aTimelineRunsOldestFirst() {
        List<String> dates = get("/timeline?entity=country:ESP").getList("items.date");
        assertThat(dates).first().isEqualTo("2022-01-17");
        assertThat(dates).hasSizeGreaterThanOrEqualTo(3);
        assertThat(get("/timeline?entity=country:ESP&to=2022-01-20").getList("items.date")).containsExactly("2022-01-17");
        // The planned deployment is dated by its publication week (2022-W04), which overlaps the 25th.
        assertThat(get("/timeline?entity=country:ESP&from=2022-01-25").getList("items.date"))
                .containsExactly("2022-W04", "2022-01-25");
        bad("/timeline").body("errors.field", hasItem("entity"));
    }

    @Test
    void anArticleSummaryHasItsEventsLeadAndStory() {
        JsonPath summary = get("/articles/" + reuters.id + "/summary");
        assertThat(summary.getList("events.type")).containsExactly("MOBILIZE");
        assertThat(summary.getString("lead.who")).isEqualTo("Denmark");
        assertThat(summary.getString("lead.when.value")).isEqualTo("2022-01-24");
        assertThat(summary.getString("lead.eventId")).isEqualTo(summary.getString("events[0].id"));
        assertThat(summary.getString("story.id")).isNotBlank();
        given().when().get("/articles/5b0cbb71-3a35-4c6f-9a89-6f2a5d1f7e10/summary").then().statusCode(404);
    }
}
