package io.dateline.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Annotations are computed at ingest, stored, served, catalogued and carried by the feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class UnderstandingTest extends ServiceTokenForTests {

    private String post(String json) {
        return given().contentType("application/json").body(json).when().post("/articles").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void annotationsAreServedWithOffsetsIntoTheText() {
        String id = post("""
                {"url": "https://annotations.example/%s", "publishedAt": "2022-01-26T10:00:00Z",
                 "text": "Denmark sent a frigate and four F-16 jets to the Baltic Sea on Monday, the Danish defence ministry said. \\"We stand with our allies,\\" Defence Minister Morten Bodskov said. About 8,500 troops were put on alert."}
                """.formatted(UUID.randomUUID()));
        String text = given().when().get("/articles/" + id).then().statusCode(200).body("language", equalTo("en"))
                .extract().path("text");
        JsonPath a = given().when().get("/articles/" + id + "/annotations").then().statusCode(200).extract().jsonPath();
        assertThat(a.getList("sentences")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(a.getList("entities.id")).contains("country:DNK");
        List<Map<String, Object>> times = a.getList("times");
        assertThat(times).anySatisfy(t -> {
            assertThat(t.get("value")).isEqualTo("2022-01-24");
            assertThat(t.get("granularity")).isEqualTo("DAY");
        });
        for (Map<String, Object> t : times) {
            assertThat(text.substring((Integer) t.get("start"), (Integer) t.get("end"))).isEqualTo(t.get("text"));
        }
        assertThat(a.getList("quotes.speaker.name")).anySatisfy(name -> assertThat((String) name).contains("Bodskov"));
        assertThat(a.getList("quantities.unit")).contains("troops");
    }

    @Test
    void theCatalogueCountsArticlesAndTheFeedCarriesAnnotations() {
        String run = UUID.randomUUID().toString();
        long head = given().when().get("/feed/head").then().extract().jsonPath().getLong("seq");
        post("{\"url\": \"https://catalogue.example/" + run + "/1\", \"text\": \"Estonia and Latvia asked NATO for more air defence systems on Tuesday, officials said.\"}");
        post("{\"url\": \"https://catalogue.example/" + run + "/2\", \"text\": \"Estonia's prime minister met NATO leaders in Brussels to discuss the request.\"}");
        given().queryParam("q", "Eston").when().get("/entities").then().statusCode(200)
                .body("items.id", hasItem("country:EST"));
        int articles = given().when().get("/entities/country:EST").then().statusCode(200)
                .body("type", equalTo("COUNTRY")).extract().path("articleCount");
        assertThat(articles).isGreaterThanOrEqualTo(2);
        given().queryParam("entity", "country:EST").queryParam("q", run).when().get("/articles").then()
                .statusCode(200);
        JsonPath feed = given().queryParam("after", head).when().get("/feed").then()
                .extract().jsonPath();
        assertThat(feed.getList("entries.annotations.entities.id").toString()).contains("country:EST");
    }

    @Test
    void oneSpellingVariantOfAPersonFoldsIntoOneIdAcrossArticles() {
        String run = UUID.randomUUID().toString();
        String first = post("{\"url\": \"https://people.example/" + run + "/1\", \"text\": \"Russian Foreign Minister Sergei Lavrov said on Monday that talks would continue in Geneva next week.\"}");
        String second = post("{\"url\": \"https://people.example/" + run + "/2\", \"text\": \"Russian Foreign Minister Sergey Lavrov told reporters in Moscow that the talks had been useful.\"}");
        String idFirst = personId(first, "Lavrov");
        String idSecond = personId(second, "Lavrov");
        assertThat(idFirst).isNotNull().isEqualTo(idSecond);
    }

    @Test
    void theLanguageIsDetectedWhenNotGiven() {
        String id = post("{\"url\": \"https://sprache.example/" + UUID.randomUUID() + "\", \"text\": \"Die Bundesregierung hat am Montag beschlossen, weitere Soldaten nach Litauen zu schicken. Der Verteidigungsminister sagte, die Entscheidung sei notwendig.\"}");
        given().when().get("/articles/" + id).then().body("language", equalTo("de"));
    }

    private String personId(String articleId, String surname) {
        List<Map<String, Object>> entities = given().when().get("/articles/" + articleId + "/annotations").then()
                .extract().jsonPath().getList("entities");
        return entities.stream().filter(e -> "PERSON".equals(e.get("type")) && ((String) e.get("name")).contains(surname))
                .map(e -> (String) e.get("id")).findFirst().orElse(null);
    }
}
