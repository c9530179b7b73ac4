package io.dateline.events;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the HTTP tests: they call the service as the gateway does, with the service token
 * (ServiceTokenTest checks the refusal without it). Set per test, since @QuarkusTest classes
 * see their own copy of RestAssured's static state.
 */
public abstract class ServiceTokenForTests {

    public static final String TOKEN = "test-service-token";

    private static final Filter WITH_TOKEN = (request, response, ctx) -> {
        if (!request.getHeaders().hasHeaderWithName("X-Service-Token")) {
            request.header("X-Service-Token", TOKEN);
        }
        return ctx.next(request, response);
    };

    /** Adds the token to every RestAssured call of the calling test's class loader. */
    public static void use() {
        if (!RestAssured.filters().contains(WITH_TOKEN)) {
            RestAssured.filters(WITH_TOKEN);
        }
    }

    @BeforeEach
    void sendTheServiceToken() {
        use();
    }
}
