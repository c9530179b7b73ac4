package io.dateline.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class BatchTest extends ServiceTokenForTests {

    @Test
    void oneResultPerLineInOrderAndABadLineFailsNothingElse() {
        String run = UUID.randomUUID().toString();
        String body = String.join("\n",
                "{\"url\": \"https://example.org/b/" + run + "/1\", \"text\": \"This is the first batch article.\"}",
                "{\"url\": \"not json",
                "{\"title\": \"no body\"}",
                "{\"title\": \"news-please\", \"maintext\": \"Second batch article " + run + ".\", \"date_publish\": \"2022-01-02 10:00:00\"}",
                "{\"url\": \"https://example.org/b/" + run + "/1\", \"text\": \"This is the first batch article.\"}") + "\n";
        String answer = given().contentType("application/x-ndjson").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/articles/batch").then()
                .statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<String> lines = answer.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("\"line\":1", "\"status\":201");
        assertThat(lines.get(1)).contains("\"line\":2", "\"status\":400", "not valid JSON");
        assertThat(lines.get(2)).contains("\"line\":3", "\"status\":422");
        assertThat(lines.get(3)).contains("\"line\":4", "\"status\":201");
        assertThat(lines.get(4)).contains("\"line\":5", "\"status\":200");
    }

    @Test
    void manyLinesStreamThrough() {
        String run = UUID.randomUUID().toString();
        StringBuilder body = new StringBuilder();
        int n = 1500;
        for (int i = 0; i < n; i++) {
            body.append("{\"url\": \"https://example.org/many/").append(run).append('/').append(i)
                    .append("\", \"text\": \"Batch line number ").append(i).append(" of a long stream.\"}\n");
        }
        String answer = given().contentType("application/x-ndjson").body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/articles/batch")
                .then().statusCode(200).extract().asString();
        List<String> lines = answer.lines().toList();
        assertThat(lines).hasSize(n);
        List<Integer> numbers = new ArrayList<>();
        for (String l : lines) {
            assertThat(l).contains("\"status\":201");
            numbers.add(Integer.parseInt(l.replaceAll(".*\"line\":(\\d+).*", "$1")));
        }
        assertThat(numbers).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void anOversizedLineIsRefusedAloneAndWrongTypesAre415() {
        String big = "{\"text\": \"" + "w ".repeat(40 * 1024) + "\"}";
        String body = big + "\n{\"text\": \"A small line after a big one " + UUID.randomUUID() + ".\"}\n";
        List<String> lines = given().contentType("application/x-ndjson").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/articles/batch").then()
                .statusCode(200).extract().asString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"status\":413");
        assertThat(lines.get(1)).contains("\"status\":201");
        given().contentType("text/csv").body("a,b".getBytes()).when().post("/articles/batch").then().statusCode(415);
    }
}
