package io.dateline.articles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class DuplicateTest extends ServiceTokenForTests {

    static final String STORY = "The city council of Tarragona approved a plan on Thursday to rebuild the old fish market "
            + "as a covered food hall, ending a dispute that had lasted for more than six years. The plan keeps the "
            + "iron roof of the 1920s building and adds a second floor for a cooking school run by the regional "
            + "government. Traders who left the market during the dispute will be offered stalls first, the council "
            + "said, and rents will be frozen for three years. Work is expected to begin in the spring and to take "
            + "about eighteen months. Opposition councillors voted against the plan, saying that the cost had "
            + "doubled since it was first proposed and that the cooking school should be built elsewhere.";

    private String post(String url, String title, String text) {
        return given().contentType("application/json")
                .body("{\"url\": \"" + url + "\", \"title\": \"" + title + "\", \"text\": \"" + text + "\"}")
                .when().post("/articles").then().statusCode(201).extract().path("id");
    }

    @Test
    void aSyndicatedCopyLinksToTheFirstAndAnotherReportDoesNot() {
        String run = UUID.randomUUID().toString();
        String original = post("https://first.example/" + run, "Fish market to become food hall", STORY + " " + run);
        String copy = post("https://second.example/" + run, "Tarragona backs food hall plan after six-year row",
                "Share on facebook\\nNews > Spain\\n" + STORY.replace("Thursday", "Thursday evening") + " " + run
                        + "\\nLeave a Reply");
        String other = post("https://third.example/" + run, "Council vote on market",
                "Tarragona's councillors voted on Thursday for a food hall in the fish market building, after years "
                        + "of arguments between traders and the city. Critics said the budget had grown too large and "
                        + "questioned the cooking school. The mayor called the vote historic. " + run);
        given().when().get("/articles/" + copy).then().body("duplicateOf", equalTo(original));
        given().when().get("/articles/" + original).then().body("duplicateOf", nullValue());
        given().when().get("/articles/" + other).then().body("duplicateOf", nullValue());
        given().queryParam("q", run).queryParam("duplicates", "false").when().get("/articles").then()
                .body("items.id", hasItem(original)).body("items.id", not(hasItem(copy)));
    }

    static final String OTHER_STORY = "Fishermen in the harbour of Vigo stayed ashore for a third day on Monday in protest "
            + "against new quotas for hake, and the port's auction hall was closed. Their association said that the quotas "
            + "would cut the catch of the smaller boats by a quarter and asked the regional government for compensation. "
            + "A spokesman for the ministry said that the quotas followed scientific advice and would be reviewed next year. "
            + "Restaurants in the old town said they had started to buy fish from Portugal, and prices at the market rose.";

    @Test
    void copiesArrivingTogetherAllLinkToOneOriginal() {
        String run = UUID.randomUUID().toString();
        String[] chrome = {"", "Share on facebook\\n", "News > Spain\\n", "Most read\\n", "Live\\nAudio Only\\n", "Home > Europe\\n"};
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < chrome.length; i++) {
            batch.append("{\"url\": \"https://copy").append(i).append(".example/").append(run)
                    .append("\", \"title\": \"Food hall ").append(i).append("\", \"text\": \"").append(chrome[i])
                    .append(OTHER_STORY).append(' ').append(run).append("\"}\n");
        }
        List<String> ids = given().contentType("application/x-ndjson").body(batch.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/articles/batch")
                .then().statusCode(200).extract().asString().lines()
                .map(line -> line.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")).toList();
        assertThat(ids).hasSize(chrome.length).doesNotHaveDuplicates();
        List<String> originals = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (String id : ids) {
            String duplicateOf = given().when().get("/articles/" + id).then().statusCode(200).extract().path("duplicateOf");
            (duplicateOf == null ? originals : links).add(duplicateOf == null ? id : duplicateOf);
        }
        assertThat(originals).hasSize(1);
        assertThat(links).hasSize(chrome.length - 1).containsOnly(originals.get(0));
    }
}
