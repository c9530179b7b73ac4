package io.dateline.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

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
        assertThat(tables).contains("event", "event_mention", "story", "article_ref", "quote", "feed_position");
        Row position = pool.query("select last_seq from feed_position where feed = 'articles'")
                .execute().await().indefinitely().iterator().next();
        assertThat(position.getLong(0)).isZero();
    }

    @Test
    void readinessIsUpAndIncludesTheDatabase() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("PostgreSQL")));
    }

    @Test
    void openApiIsServed() {
        given().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths.'/events'.get.summary", notNullValue());
    }

    @Test
    void metricsAreServed() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
