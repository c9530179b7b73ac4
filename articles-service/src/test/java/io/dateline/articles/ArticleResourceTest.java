package io.dateline.articles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class ArticleResourceTest extends ServiceTokenForTests {

    private static String body(String url, String text) {
        return "{\"url\": \"" + url + "\", \"title\": \"Test\", \"text\": \"" + text + "\","
                + " \"publishedAt\": \"2022-01-24T10:00:00Z\"}";
    }

    @Test
    void ingestCreatesThenAnswersRepeatsWithTheStoredArticle() {
        String url = "https://example.org/" + UUID.randomUUID();
        var created = given().contentType("application/json").body(body(url, "Denmark sends a frigate."))
                .when().post("/articles").then()
                .statusCode(201)
                .body("url", equalTo(url))
                .body("contentHash", notNullValue())
                .extract();
        String id = created.path("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith("/articles/" + id);
        given().contentType("application/json").body(body(url, "Denmark sends a frigate."))
                .when().post("/articles").then()
                .statusCode(200)
                .body("id", equalTo(id));
        given().when().get("/articles/" + id).then()
                .statusCode(200)
                .body("text", equalTo("Denmark sends a frigate."))
                .body("publishedAt", equalTo("2022-01-24T10:00:00Z"))
                .body("duplicateOf", nullValue());
    }

    @Test
    void listPagesWithAnOpaqueCursorWithoutRepeats() {
        for (int i = 0; i < 5; i++) {
            given().contentType("application/json")
                    .body(body("https://example.org/page-" + UUID.randomUUID(), "Paged article number " + i + " is here."))
                    .when().post("/articles").then().statusCode(201);
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = given().queryParam("limit", 2).queryParam("cursor", cursor == null ? "" : cursor)
                    .when().get("/articles").then().statusCode(200).body("items", hasSize(org.hamcrest.Matchers.lessThanOrEqualTo(2)))
                    .extract().jsonPath();
            for (String id : page.<String>getList("items.id")) {
                org.assertj.core.api.Assertions.assertThat(seen.add(id)).as("no article twice").isTrue();
            }
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 100);
        org.assertj.core.api.Assertions.assertThat(seen.size()).isGreaterThanOrEqualTo(5);
    }
}
