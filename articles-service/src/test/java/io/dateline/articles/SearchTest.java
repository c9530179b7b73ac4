package io.dateline.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class SearchTest extends ServiceTokenForTests {

    static final String TAG = "zq" + UUID.randomUUID().toString().substring(0, 6);
    static boolean loaded;

    static void post(String source, String date, String lang, String text) {
        given().contentType("application/json").body("""
                {"url": "https://%s/%s", "source": "%s", "publishedAt": "%sT08:00:00Z", "language": "%s",
                 "title": "%s report", "text": "%s"}""".formatted(source, UUID.randomUUID(), source, date, lang, TAG, text))
                .when().post("/articles").then().statusCode(201);
    }

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        post("alpha.example", "2022-01-10", "en", "The navy deployed two frigates to the Baltic Sea on Monday. " + TAG);
        post("beta.example", "2022-01-20", "en", "Frigates and minehunters are deploying to the Baltic. " + TAG);
        post("alpha.example", "2022-02-03", "en", "Farmers protested against fuel prices in the capital. " + TAG);
        post("gamma.example", "2022-01-15", "de", "Die Marine schickt Fregatten in die Ostsee. " + TAG);
    }

    @Test
    void queryMatchesStemmedWordsAndHighlightsThem() {
        JsonPath page = given().queryParam("q", "deploy frigate " + TAG).when().get("/articles").then()
                .statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        String snippet = page.getString("items[0].snippet");
        int start = page.getInt("items[0].highlights[0].start");
        int end = page.getInt("items[0].highlights[0].end");
        assertThat(snippet.substring(start, end).toLowerCase()).matches("deploy\\w*|frigate\\w*|" + TAG);
    }

    @Test
    void filtersBySourceDateAndLanguage() {
        given().queryParam("q", TAG).queryParam("source", "alpha.example").when().get("/articles").then()
                .body("items", hasSize(2)).body("items.source", everyItem(equalTo("alpha.example")));
        given().queryParam("q", TAG).queryParam("from", "2022-01-12").queryParam("to", "2022-01-31")
                .when().get("/articles").then().body("items", hasSize(2));
        given().queryParam("q", TAG).queryParam("lang", "de").when().get("/articles").then()
                .body("items", hasSize(1)).body("items[0].language", equalTo("de"));
    }

    @Test
    void listingWithoutQueryIsNewestFirstAndPagesWithoutRepeats() {
        List<String> dates = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().queryParam("source", "alpha.example").queryParam("limit", 1)
                    .queryParam("cursor", cursor == null ? "" : cursor).when().get("/articles").then()
                    .statusCode(200).extract().jsonPath();
            dates.addAll(page.getList("items.publishedAt"));
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void rankedResultsPageToo() {
        JsonPath first = given().queryParam("q", TAG).queryParam("limit", 2).when().get("/articles").then()
                .statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotNull();
        given().queryParam("q", TAG).queryParam("limit", 2).queryParam("cursor", cursor).when().get("/articles").then()
                .statusCode(200).body("items", hasSize(2))
                .body("items.id", not(hasItem(first.getString("items[0].id"))));
    }

    @Test
    void badParametersAreReportedTogether() {
        given().queryParam("from", "last week").queryParam("limit", "many").queryParam("duplicates", "maybe")
                .when().get("/articles").then().statusCode(400)
                .body("errors.field", hasItem("from")).body("errors.field", hasItem("limit"))
                .body("errors.field", hasItem("duplicates"));
    }
}
