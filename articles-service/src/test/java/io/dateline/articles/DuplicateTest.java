package io.dateline.articles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
}
