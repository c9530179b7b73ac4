package io.dateline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.Tight.class)
class RateLimitTest {

    /** A limit small enough to reach: one request a second, bursts of three. */
    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dateline.rate-limit.per-second", "1", "dateline.rate-limit.burst", "3");
        }
    }

    @TestHTTPResource("/api/v1/events")
    URL events;

    private HttpResponse<String> call(String key) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(events.toString()))
                .header("X-API-Key", key).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterAndOtherKeysDoNot() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(call(ApiKeyForTests.READER));
        }
        HttpResponse<String> limited = answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(limited.body()).contains("\"status\":429");
        assertThat(answers.subList(0, 3)).allSatisfy(r -> assertThat(r.statusCode()).isNotEqualTo(429));
        assertThat(call(ApiKeyForTests.EDITOR).statusCode()).isNotEqualTo(429);
    }
}
