package io.dateline.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class DatabaseTest extends ServiceTokenForTests {

    @Inject
    Pool pool;

    @Test
    void theDatabaseIsARealPostgresqlReachedReactively() {
        Row row = pool.query("select version()").execute().await().indefinitely().iterator().next();
        assertThat(row.getString(0)).startsWith("PostgreSQL ");
    }

    @Test
    void migrationsRan() {
        List<String> tables = new ArrayList<>();
        pool.query("select table_name from information_schema.tables where table_schema = 'public'")
                .execute().await().indefinitely().forEach(r -> tables.add(r.getString(0)));
        assertThat(tables).contains("article", "article_version", "feed_entry", "flyway_schema_history");
        Row migrated = pool.query("select count(*), bool_and(success) from flyway_schema_history where version is not null")
                .execute().await().indefinitely().iterator().next();
        assertThat(migrated.getLong(0)).isGreaterThanOrEqualTo(1);
        assertThat(migrated.getBoolean(1)).isTrue();
    }

    @Test
    void anArticleOfAFewKilobytesIsStoredAsWrittenNotCompressed() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 5000; i++) {
            text.append("Paragraph ").append(i).append(": the harbour authority reported ").append(i * 7)
                    .append(" ships waiting outside the port on the third day of the strike.\\n\\n");
        }
        String id = given().contentType("application/json")
                .body("{\"url\": \"https://example.org/storage/" + java.util.UUID.randomUUID() + "\", \"title\": \"Storage\","
                        + " \"text\": \"" + text + "\"}")
                .when().post("/articles").then().statusCode(201).extract().path("id");
        Row stored = pool.query("select pg_column_compression(a.text), pg_column_compression(v.raw), length(a.text)"
                        + " from article a join article_version v on v.article_id = a.id where a.id = '" + id + "'")
                .execute().await().indefinitely().iterator().next();
        assertThat(stored.getString(0)).isNull();
        assertThat(stored.getString(1)).isNull();
        assertThat(stored.getInteger(2)).isGreaterThan(4000);
    }

    @Test
    void readinessIsUpAndIncludesTheDatabase() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(org.hamcrest.Matchers.containsString("PostgreSQL")));
    }

    @Test
    void openApiDescribesTheArticleRoutes() {
        given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths.'/articles'.post.summary", equalTo("Ingest one article"));
    }
}
