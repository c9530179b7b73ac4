package io.dateline.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class IngestTest extends ServiceTokenForTests {

    @Inject
    Pool pool;

    private long count(String sql, Object... args) {
        return pool.preparedQuery(sql).execute(Tuple.from(args)).await().indefinitely().iterator().next().getLong(0);
    }

    private long articles() {
        return count("select count(*) from article");
    }

    @Test
    void newsPleaseJsonIsAcceptedAsIs() {
        String url = "https://news.example.com/" + UUID.randomUUID();
        given().contentType("application/json").body("""
                {"title": "Parliament approves budget", "maintext": "The parliament approved the budget on Tuesday after a long debate.",
                 "date_publish": "2021-03-02 14:05:00", "source_domain": "news.example.com", "url": "%s", "language": "en",
                 "authors": [], "image_url": null, "localpath": null}""".formatted(url))
                .when().post("/articles").then()
                .statusCode(201)
                .body("source", equalTo("news.example.com"))
                .body("publishedAt", equalTo("2021-03-02T14:05:00Z"))
                .body("text", startsWith("The parliament approved"));
    }

    @Test
    void pageTextIsAcceptedAndSourceComesFromTheUrlWhenGiven() {
        String body = "Finland hosts talks\n\nHELSINKI - Finland hosted talks between the two delegations on Monday.";
        String id = given().contentType("text/plain; charset=utf-8").body(body)
                .when().post("/articles").then().statusCode(201).extract().path("id");
        given().when().get("/articles/" + id + "/raw").then().statusCode(200)
                .header("Dateline-Format", "text").body(equalTo(body));
    }

    @Test
    void htmlPagesGiveTheStoryAndItsMetadataButNeverScriptsOrStyles() {
        String html = """
                <html><head><title>Port strike ends | Example Times</title>
                <meta property="article:published_time" content="2021-06-02T07:30:00Z">
                <style>.story { color: red; } body { secret-style-marker: 1 }</style>
                <script>var trackingMarker = "never-in-text"; alert(1);</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
                <article><h1>Port strike ends after nine days</h1>
                <p class="byline">By Ana Ruiz</p>
                <p>ROTTERDAM (Reuters) - Dock workers ended a nine-day strike on Wednesday after the port
                operator agreed to raise wages by four percent, the union said.</p>
                <p>Ships that had waited at anchor began to unload on Wednesday evening, and the operator said it
                expected the backlog to clear within two weeks.</p>
                <script>document.write("inline-script-marker")</script></article>
                <footer>Copyright Example Times</footer></body></html>""";
        given().contentType("text/html").body(html).when().post("/articles").then()
                .statusCode(201)
                .body("title", containsString("Port strike ends"))
                .body("publishedAt", equalTo("2021-06-02T07:30:00Z"))
                .body("text", containsString("Dock workers ended a nine-day strike"))
                .body("text", containsString("backlog to clear"))
                .body("text", not(containsString("never-in-text")))
                .body("text", not(containsString("inline-script-marker")))
                .body("text", not(containsString("secret-style-marker")))
                .body("dateline.place", equalTo("Rotterdam"))
                .body("dateline.agency", equalTo("Reuters"))
                .body("authors", hasItem("Ana Ruiz"));
    }

    @Test
    void pageChromeIsRemovedAndEveryParagraphKept() {
        String page = String.join("\n",
                "Home", "World", "• Live", "• Audio Only", "News > Europe",
                "Harbour reopens after storm " + UUID.randomUUID(),
                "Published 3 March 2021",
                "GDANSK -- The harbour reopened on Tuesday after a storm closed it for three days, port officials said.",
                "Fishing boats returned to their berths in the afternoon, and ferries resumed their timetable.",
                "Leave a Reply",
                "Your email address will not be published. Required fields are marked *",
                "Latest Posts",
                "Share on facebook");
        given().contentType("text/plain").body(page).when().post("/articles").then()
                .statusCode(201)
                .body("text", containsString("The harbour reopened on Tuesday"))
                .body("text", containsString("ferries resumed their timetable"))
                .body("text", not(containsString("Leave a Reply")))
                .body("text", not(containsString("Audio Only")))
                .body("text", not(containsString("email address will not be published")))
                .body("publishedAt", startsWith("2021-03-03"));
    }

    @Test
    void aBodyThatIsOnlyChromeIs422WithAReason() {
        given().contentType("text/plain").body("Home\nWorld\n• Live\nLeave a Reply\nShare on facebook")
                .when().post("/articles").then().statusCode(422)
                .body("detail", containsString("after cleaning"));
    }

    @Test
    void aChangedPageAtAKnownUrlBecomesANewVersionAndAnUpdatedFeedEntry() {
        String url = "https://example.org/changing/" + UUID.randomUUID();
        String first = "{\"url\": \"" + url + "\", \"text\": \"Version one of the story about the harbour.\"}";
        String second = "{\"url\": \"" + url + "\", \"text\": \"Version two of the story about the harbour, with a correction.\"}";
        String id = given().contentType("application/json").body(first).when().post("/articles").then()
                .statusCode(201).extract().path("id");
        given().contentType("application/json").body(first).when().post("/articles").then()
                .statusCode(200).body("id", equalTo(id)).body("version", equalTo(1));
        given().contentType("application/json").body(second).when().post("/articles").then()
                .statusCode(200).body("id", equalTo(id)).body("version", equalTo(2))
                .body("text", containsString("Version two"));
        UUID uuid = UUID.fromString(id);
        assertThat(count("select count(*) from feed_entry where article_id = $1 and kind = 'created'", uuid)).isEqualTo(1);
        assertThat(count("select count(*) from feed_entry where article_id = $1 and kind = 'updated'", uuid)).isEqualTo(1);
        assertThat(count("select count(*) from article_version where article_id = $1", uuid)).isEqualTo(2);
    }

    @Test
    void sameContentWithoutUrlIsOneArticle() {
        String body = "{\"text\": \"A unique pasted text " + UUID.randomUUID() + " about a ceasefire.\"}";
        String id = given().contentType("application/json").body(body).when().post("/articles").then()
                .statusCode(201).extract().path("id");
        given().contentType("application/json").body(body).when().post("/articles").then()
                .statusCode(200).body("id", equalTo(id));
    }

    @Test
    void hundredConcurrentIngestsOfOneArticleCreateExactlyOne() throws Exception {
        String url = "https://example.org/race/" + UUID.randomUUID();
        String body = "{\"url\": \"" + url + "\", \"text\": \"Everyone sends this article at once.\"}";
        ExecutorService threads = Executors.newFixedThreadPool(32);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(threads.submit(() -> given().contentType("application/json").body(body)
                    .when().post("/articles").then().extract().statusCode()));
        }
        int created = 0;
        for (Future<Integer> a : answers) {
            int status = a.get();
            assertThat(status).isIn(200, 201);
            created += status == 201 ? 1 : 0;
        }
        threads.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(count("select count(*) from article where url = $1", url)).isEqualTo(1);
    }

    @Test
    void invalidUtf8IsRefusedAndNothingIsStored() {
        long before = articles();
        byte[] bad = "{\"text\": \"caf\u00e9 \"}".getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("application/json").body(bad).when().post("/articles").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("UTF-8"));
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void nulCharactersAreRefusedWithTheField() {
        long before = articles();
        given().contentType("application/json").body("{\"text\": \"before\\u0000after\"}").when().post("/articles").then()
                .statusCode(400).body("errors.field", hasItem("text"));
        given().contentType("text/plain").body("before\0after".getBytes(StandardCharsets.UTF_8)).when().post("/articles").then()
                .statusCode(400).body("detail", containsString("NUL"));
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void binaryGarbageIsRefused() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (garbage[i] & 0x1f | 0x01); // valid UTF-8: control characters only
        }
        given().contentType("text/plain").body(garbage).when().post("/articles").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void strayControlCharactersAreRemovedNotStored() {
        String id = given().contentType("application/json")
                .body("{\"text\": \"A bell\\u0007 rang in the \\u000Bnewsroom " + UUID.randomUUID() + ".\"}")
                .when().post("/articles").then().statusCode(201).extract().path("id");
        given().when().get("/articles/" + id).then().body("text", not(containsString("\u0007")));
    }

    @Test
    void emptyBodiesAreRefused() {
        given().contentType("application/json").body("").when().post("/articles").then().statusCode(400);
        given().contentType("text/plain").body("   \n\n  ").when().post("/articles").then().statusCode(422)
                .body("detail", containsString("empty"));
        given().contentType("application/json").body("[1, 2]").when().post("/articles").then().statusCode(400);
        given().contentType("application/json").body("{\"text\": 42}").when().post("/articles").then().statusCode(400)
                .body("errors.field", hasItem("text"));
    }

    @Test
    void invalidDatesAreRefusedWithTheField() {
        given().contentType("application/json").body("{\"text\": \"x y z\", \"publishedAt\": \"2022-13-45\"}")
                .when().post("/articles").then().statusCode(400).body("errors.field", hasItem("publishedAt"));
        given().contentType("application/json").body("{\"maintext\": \"x y z\", \"date_publish\": \"yesterday\"}")
                .when().post("/articles").then().statusCode(400).body("errors.field", hasItem("date_publish"));
    }

    @Test
    void deleteRemovesTheArticleAndWritesADeletedFeedEntry() {
        String id = given().contentType("application/json")
                .body("{\"text\": \"An article to delete " + UUID.randomUUID() + ".\"}")
                .when().post("/articles").then().statusCode(201).extract().path("id");
        given().when().delete("/articles/" + id).then().statusCode(204);
        given().when().get("/articles/" + id).then().statusCode(404);
        given().when().delete("/articles/" + id).then().statusCode(404);
        assertThat(count("select count(*) from feed_entry where article_id = $1 and kind = 'deleted'",
                UUID.fromString(id))).isEqualTo(1);
    }
}
