package io.dateline.gateway;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the HTTP tests: the admin key unless a test says otherwise (AccessControlTest does).
 * Set per test, since @QuarkusTest classes see their own copy of RestAssured's static state.
 */
public abstract class ApiKeyForTests {

    public static final String ADMIN = "local-dev-key", EDITOR = "test-editor-key", READER = "test-reader-key";

    private static final Filter WITH_KEY = (request, response, ctx) -> {
        if (!request.getHeaders().hasHeaderWithName("X-API-Key")) {
            request.header("X-API-Key", ADMIN);
        }
        return ctx.next(request, response);
    };

    @BeforeEach
    void sendTheAdminKey() {
        if (!RestAssured.filters().contains(WITH_KEY)) {
            RestAssured.filters(WITH_KEY);
        }
    }
}
