package io.dateline.events.feedapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.dateline.events.EmbeddedDatabaseResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /entity-counts: a page of the catalogue's ids in, their event counts out, as the lists count them. */
@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class EntityCountsTest {

    @BeforeEach
    void feed() {
        Feed.reset();
        Feed.apply(Reports.sent("reuters.com", "08").entry(1, "created", 1),
                Reports.deployed("bbc.co.uk", "09").entry(2, "created", 1),
                Reports.spainSent("elpais.com").entry(3, "created", 1),
                new Report("dr.dk", "France accuses Spain", "2022-01-25T08:00:00Z")
                        .time("on Tuesday", "2022-01-25", "DAY")
                        .sentence("France accused/VBD/accuse Spain of lying/VBG/lie on Tuesday .")
                        .entry(4, "created", 1));
    }

    private static JsonPath counts(String body) {
        return given().contentType("application/json").body(body).when().post("/entity-counts")
                .then().statusCode(200).extract().jsonPath();
    }

    private static int listed(String filter) {
        return given().when().get("/events?limit=200&" + filter).then().statusCode(200).extract().jsonPath()
                .getList("items").size();
    }

    @Test
    void eachIdGetsTheCountsTheEventListsShow() {
        JsonPath counts = counts("[\"country:DNK\", \"country:ESP\", \"country:FRA\", \"country:DNK\"]");
        for (String id : List.of("country:DNK", "country:ESP", "country:FRA")) {
            String at = "'" + id + "'";
            assertThat(counts.getInt(at + ".asActor")).as("%s as actor", id).isEqualTo(listed("actor=" + id));
            assertThat(counts.getInt(at + ".asRecipient")).as("%s as recipient", id).isEqualTo(listed("recipient=" + id));
            assertThat(counts.getInt(at + ".numEvents")).as("%s in either role", id).isEqualTo(listed("entity=" + id));
        }
        assertThat(counts.getInt("'country:ESP'.asRecipient")).isPositive();
        assertThat(counts.getInt("'country:DNK'.numEvents")).isEqualTo(1);
    }

    @Test
    void idsWithoutEventsAreLeftOut() {
        assertThat(counts("[\"country:XXX\", \"country:DNK\"]").getMap("").keySet()).containsExactly("country:DNK");
        assertThat(counts("[]").getMap("")).isEmpty();
    }

    @Test
    void tooManyIdsOrNoArrayIs400() {
        String many = "[" + String.join(",", Collections.nCopies(501, "\"country:DNK\"")) + "]";
        given().contentType("application/json").body(many).when().post("/entity-counts").then().statusCode(400)
                .body("errors.field", hasItem("ids"));
        given().contentType("application/json").body("{\"id\": 1}").when().post("/entity-counts").then().statusCode(400);
    }
}
