package io.dateline.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class FeedTest extends ServiceTokenForTests {

    @Inject
    Pool pool;

    private long head() {
        return pool.query("select coalesce(max(seq), 0) from feed_entry").execute().await().indefinitely()
                .iterator().next().getLong(0);
    }

    @Test
    void entriesComeInOrderWithTheArticleAndDeletesCarryNone() {
        long after = head();
        String id = given().contentType("application/json")
                .body("{\"url\": \"https://example.org/feed/" + UUID.randomUUID() + "\", \"title\": \"Feed test\","
                        + " \"text\": \"Sweden joins the exercise.\", \"publishedAt\": \"2022-01-24T10:00:00Z\"}")
                .when().post("/articles").then().statusCode(201).extract().path("id");
        given().when().delete("/articles/" + id).then().statusCode(204);

        JsonPath feed = given().queryParam("after", after).when().get("/feed").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = feed.getList("entries");
        assertThat(entries).extracting(e -> e.get("kind")).containsExactly("created", "deleted");
        assertThat(entries).extracting(e -> e.get("articleId")).containsOnly(id);
        assertThat(feed.getLong("entries[1].seq")).isGreaterThan(feed.getLong("entries[0].seq"));
        assertThat(feed.getLong("lastSeq")).isEqualTo(feed.getLong("entries[1].seq"));
        // The article is gone, so even the created entry carries none now; events remove what it made.
        assertThat(feed.getMap("entries[1]")).containsEntry("article", null);
    }

    @Test
    void aLaterEntryNeverShowsBeforeAnEarlierOneThatIsStillToCommit() throws Exception {
        long after = head();
        // A writer that has taken its feed seq but not committed yet, as a slow ingest would be.
        var slow = pool.getConnection().await().indefinitely();
        var ingest = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            slow.query("begin").execute().await().indefinitely();
            slow.query("select pg_advisory_xact_lock(" + io.dateline.articles.repository.ArticleStoreAccess.FEED_LOCK + ")")
                    .execute().await().indefinitely();
            slow.query("insert into feed_entry (article_id, kind, version) values (gen_random_uuid(), 'deleted', null)")
                    .execute().await().indefinitely();
            // A second ingest meanwhile: it waits to write its entry until the first has committed.
            var second = ingest.submit(() -> given().contentType("application/json")
                    .body("{\"text\": \"Committed after the slow one began " + UUID.randomUUID() + ".\"}")
                    .when().post("/articles").then().extract().statusCode());
            Thread.sleep(500);
            assertThat(second.isDone()).as("the second ingest waits for the first to commit").isFalse();
            assertThat(given().queryParam("after", after).when().get("/feed").then().extract().jsonPath()
                    .getList("entries")).isEmpty();
            slow.query("commit").execute().await().indefinitely();
            assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(201);
        } finally {
            slow.close().await().indefinitely();
            ingest.shutdown();
        }
        JsonPath released = given().queryParam("after", after).when().get("/feed").then().extract().jsonPath();
        assertThat(released.getList("entries")).hasSize(2);
        assertThat(released.getString("entries[0].kind")).isEqualTo("deleted");
        assertThat(released.getLong("entries[1].seq")).isGreaterThan(released.getLong("entries[0].seq"));
    }
}
