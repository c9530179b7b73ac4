package io.dateline.events.feedapp;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.events.feed.FeedEntry;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** Talks to the service as the gateway's relay does. */
public final class Feed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Feed() {
    }

    public static String page(FeedEntry... entries) {
        long last = entries.length == 0 ? 0 : entries[entries.length - 1].seq();
        try {
            return JSON.writeValueAsString(Map.of("entries", List.of(entries), "lastSeq", last));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ValidatableResponse post(String page) {
        return given().contentType("application/json").body(page).when().post("/feed/entries").then();
    }

    public static ValidatableResponse apply(FeedEntry... entries) {
        return post(page(entries)).statusCode(200);
    }

    /** As the gateway calls: with the service token; then clears derived data for a replay from zero. */
    public static void reset() {
        io.dateline.events.ServiceTokenForTests.use();
        given().when().post("/admin/reset").then().statusCode(200);
    }
}
