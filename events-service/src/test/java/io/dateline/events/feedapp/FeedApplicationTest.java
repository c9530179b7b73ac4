package io.dateline.events.feedapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.dateline.events.EmbeddedDatabaseResource;
import io.dateline.events.feed.FeedEntry;
import io.dateline.events.repository.StoryImages;
import io.dateline.events.service.StoryClustering;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Applying the feed: merging, keeping apart, stance, quotes, idempotence, races, deletes, replay. */
@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class FeedApplicationTest {

    @Inject
    StoryClustering clustering;

    @Inject
    StoryImages images;

    @BeforeEach
    void replayFromZero() {
        Feed.reset();
    }

    private static List<Map<String, Object>> events(String query) {
        return given().when().get("/events?" + query).then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void threeReportsOfOneDeploymentFromThreeSourcesAreOneEvent() {
        Feed.apply(Reports.sent("reuters.com", "08").entry(1, "created", 1),
                        Reports.deployed("bbc.co.uk", "09").entry(2, "created", 1),
                        Reports.dispatched("apnews.com", "10").entry(3, "created", 1))
                .body("applied", equalTo(3)).body("skipped", equalTo(0)).body("lastSeq", equalTo(3));
        List<Map<String, Object>> found = events("type=MOBILIZE&actor=country:DNK");
        assertThat(found).hasSize(1);
        Map<String, Object> event = found.get(0);
        assertThat(event).containsEntry("numArticles", 3).containsEntry("numSources", 3)
                .containsEntry("negated", false).containsEntry("modality", "asserted").containsEntry("date", Reports.MONDAY);
        JsonPath one = given().when().get("/events/" + event.get("id")).then().statusCode(200).extract().jsonPath();
        assertThat(one.getList("mentions.source")).containsExactlyInAnyOrder("reuters.com", "bbc.co.uk", "apnews.com");
        assertThat(one.getList("mentions.sentence", String.class)).allMatch(s -> s.contains("Baltic Sea"));
        assertThat(one.getString("evidence.sentence")).isEqualTo("Denmark sent a frigate to the Baltic Sea on Monday.");
    }

    @Test
    void aLaterPageAddsOnlyTheArticlesAndSourcesTheEventHadNot() {
        Feed.apply(Reports.sent("reuters.com", "08").entry(1, "created", 1));
        Feed.apply(Reports.deployed("bbc.co.uk", "09").entry(2, "created", 1),
                Reports.dispatched("reuters.com", "10").entry(3, "created", 1)).body("applied", equalTo(2));
        assertThat(events("type=MOBILIZE&actor=country:DNK")).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("numArticles", 3).containsEntry("numSources", 2));
        for (Object id : given().when().get("/stories").then().statusCode(200).extract().jsonPath().getList("items.id")) {
            JsonPath story = given().when().get("/stories/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(story.getInt("numArticles")).isEqualTo(story.getList("articles").size());
            assertThat(story.getInt("numSources")).isEqualTo(Set.copyOf(story.getList("articles.source")).size());
            assertThat(story.getString("firstSeen")).isEqualTo(story.getList("articles.publishedAt", String.class).stream()
                    .min(Comparator.naturalOrder()).orElseThrow());
        }
    }

    @Test
    void oppositePolarityAndOtherActorsStayApart() {
        Feed.apply(Reports.sent("reuters.com", "08").entry(1, "created", 1),
                Reports.didNotSend("bbc.co.uk").entry(2, "created", 1),
                Reports.spainSent("apnews.com").entry(3, "created", 1));
        List<Map<String, Object>> danish = events("type=MOBILIZE&actor=country:DNK");
        assertThat(danish).extracting(e -> e.get("negated")).containsExactlyInAnyOrder(true, false);
        assertThat(danish).allSatisfy(e -> assertThat(e).containsEntry("numArticles", 1));
        assertThat(events("type=MOBILIZE&actor=country:ESP")).hasSize(1);
    }

    @Test
    void aPlanIsNotTheDeedItself() {
        Feed.apply(Reports.sent("reuters.com", "08").entry(1, "created", 1),
                Reports.preparing("bbc.co.uk").entry(2, "created", 1));
        List<Map<String, Object>> danish = events("type=MOBILIZE&actor=country:DNK");
        assertThat(danish).extracting(e -> e.get("modality")).containsExactlyInAnyOrder("asserted", "planned");
    }

    @Test
    void reportedSpeechIsAQuoteAndThePlannedEventOfTheReportedActor() {
        Report report = Reports.franceSaidSpainWillSend("lemonde.fr");
        Feed.apply(report.entry(1, "created", 1));
        List<Map<String, Object>> spanish = events("actor=country:ESP");
        assertThat(spanish).hasSize(1);
        assertThat(spanish.get(0)).containsEntry("type", "MOBILIZE").containsEntry("modality", "planned");
        assertThat(spanish.get(0).get("reportedBy")).isEqualTo(Map.of("id", "country:FRA", "name", "France", "country", "FRA"));
        assertThat(events("actor=country:FRA")).isEmpty();
        JsonPath quotes = given().when().get("/quotes?speaker=country:FRA").then().statusCode(200).extract().jsonPath();
        assertThat(quotes.getList("items.text")).containsExactly("Spain will send troops to Lithuania");
        assertThat(quotes.getBoolean("items[0].indirect")).isTrue();
        assertThat(quotes.getString("items[0].articleId")).isEqualTo(report.id.toString());
    }

    @Test
    void applyingAPageAgainChangesNothing() {
        String page = Feed.page(Reports.sent("reuters.com", "08").entry(1, "created", 1),
                Reports.deployed("bbc.co.uk", "09").entry(2, "created", 1));
        Feed.post(page).statusCode(200).body("applied", equalTo(2));
        Feed.post(page).statusCode(200).body("applied", equalTo(0)).body("skipped", equalTo(2)).body("lastSeq", equalTo(2));
        assertThat(events("actor=country:DNK")).singleElement().satisfies(e -> assertThat(e).containsEntry("numArticles", 2));
        given().when().get("/feed/position").then().statusCode(200).body("lastSeq", equalTo(2));
    }

    @Test
    void twoRelaysRacingApplyNothingTwice() {
        String page = Feed.page(Reports.sent("reuters.com", "08").entry(1, "created", 1),
                Reports.deployed("bbc.co.uk", "09").entry(2, "created", 1),
                Reports.dispatched("apnews.com", "10").entry(3, "created", 1));
        CompletableFuture<JsonPath> first = CompletableFuture.supplyAsync(() -> Feed.post(page).statusCode(200).extract().jsonPath());
        CompletableFuture<JsonPath> second = CompletableFuture.supplyAsync(() -> Feed.post(page).statusCode(200).extract().jsonPath());
        int applied = first.join().getInt("applied") + second.join().getInt("applied");
        int skipped = first.join().getInt("skipped") + second.join().getInt("skipped");
        assertThat(applied).isEqualTo(3);
        assertThat(skipped).isEqualTo(3);
        assertThat(events("actor=country:DNK")).singleElement().satisfies(e -> assertThat(e).containsEntry("numArticles", 3));
    }

    @Test
    void deletingEveryReportOfAnEventRemovesIt() {
        Report reuters = Reports.sent("reuters.com", "08");
        Report bbc = Reports.deployed("bbc.co.uk", "09");
        Feed.apply(reuters.entry(1, "created", 1), bbc.entry(2, "created", 1));
        String id = (String) events("actor=country:DNK").get(0).get("id");
        Feed.apply(reuters.deleted(3));
        assertThat(events("actor=country:DNK")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("numArticles", 1).containsEntry("numSources", 1));
        given().when().get("/articles/" + reuters.id + "/summary").then().statusCode(404);
        Feed.apply(bbc.deleted(4));
        assertThat(events("actor=country:DNK")).isEmpty();
        given().when().get("/events/" + id).then().statusCode(404);
        given().when().get("/stories").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void anUpdatedArticleReplacesWhatItSaidBefore() {
        Report report = Reports.sent("reuters.com", "08");
        Feed.apply(report.entry(1, "created", 1));
        Report corrected = new Report(report.id, "reuters.com", "Spain sends frigate to the Baltic", Reports.MONDAY + "T08:00:00Z")
                .time("on Monday", Reports.MONDAY, "DAY")
                .sentence("Spain sent/VBD/send a frigate to the Baltic Sea on Monday .");
        Feed.apply(corrected.entry(2, "updated", 2));
        assertThat(events("actor=country:DNK")).isEmpty();
        assertThat(events("actor=country:ESP")).singleElement().satisfies(e -> assertThat(e).containsEntry("numArticles", 1));
    }

    @Test
    void anArticleCreatedAndUpdatedInOnePageEndsAsItsUpdate() {
        Report report = Reports.sent("reuters.com", "08");
        Report corrected = new Report(report.id, "reuters.com", "Spain sends frigate to the Baltic", Reports.MONDAY + "T08:00:00Z")
                .time("on Monday", Reports.MONDAY, "DAY")
                .sentence("Spain sent/VBD/send a frigate to the Baltic Sea on Monday .");
        Feed.apply(report.entry(1, "created", 1), corrected.entry(2, "updated", 2)).body("applied", equalTo(2));
        assertThat(events("actor=country:DNK")).isEmpty();
        assertThat(events("actor=country:ESP")).singleElement().satisfies(e -> assertThat(e).containsEntry("numArticles", 1));
    }

    @Test
    void aReplayFromZeroRebuildsTheSameEventsAndStories() {
        Report withdrawn = Reports.dispatched("apnews.com", "10");
        Report corrected = Reports.spainSent("elpais.com");
        FeedEntry[] feed = {Reports.sent("reuters.com", "08").entry(1, "created", 1),
                Reports.deployed("bbc.co.uk", "09").entry(2, "created", 1),
                Reports.didNotSend("dr.dk").entry(3, "created", 1),
                Reports.franceSaidSpainWillSend("lemonde.fr").entry(4, "created", 1),
                withdrawn.entry(5, "created", 1), corrected.entry(6, "created", 1),
                withdrawn.deleted(7), corrected.entry(8, "updated", 2)};
        Feed.apply(feed).body("applied", equalTo(8));
        String events = given().when().get("/events?limit=200").then().statusCode(200).extract().asString();
        String stories = given().when().get("/stories?limit=200").then().statusCode(200).extract().asString();
        Feed.reset();
        given().when().get("/feed/position").then().body("lastSeq", equalTo(0));
        assertThat(given().when().get("/events").then().extract().jsonPath().getList("items")).isEmpty();
        Feed.apply(feed).body("applied", equalTo(8));
        assertThat(given().when().get("/events?limit=200").then().extract().asString()).isEqualTo(events);
        assertThat(given().when().get("/stories?limit=200").then().extract().asString()).isEqualTo(stories);
    }

    @Test
    void theStoryIndexReadBackFromItsImageAndLogContinuesAsIfNeverStopped() {
        FeedEntry[] feed = {Reports.sent("reuters.com", "08").entry(1, "created", 1),
                Reports.deployed("bbc.co.uk", "09").entry(2, "created", 1),
                Reports.didNotSend("dr.dk").entry(3, "created", 1),
                Reports.dispatched("apnews.com", "10").entry(4, "created", 1)};
        for (FeedEntry e : feed) {
            Feed.apply(e);
        }
        String stories = given().when().get("/stories?limit=200").then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(stories).getList("items.numArticles", Integer.class)).containsExactly(4);
        Feed.reset();
        // images are stored every 2 changes in tests: the third entry is replayed from the log after the image
        Feed.apply(feed[0], feed[1]);
        Feed.apply(feed[2]);
        assertThat(images.latest().await().indefinitely().seq()).isEqualTo(2);
        clustering.reset().await().indefinitely();
        Feed.apply(feed[3]);
        assertThat(given().when().get("/stories?limit=200").then().extract().asString()).isEqualTo(stories);
    }

    @Test
    void pagesThatTheFeedCouldNotHaveWrittenAre400() {
        Feed.post("{}").statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("entries"));
        Feed.post("{\"entries\": [{\"seq\": 1, \"kind\": \"moved\", \"articleId\": \"x\"}]}").statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("entries[0].kind", "entries[0].articleId"));
        Feed.post("{\"entries\": [").statusCode(400);
    }
}
