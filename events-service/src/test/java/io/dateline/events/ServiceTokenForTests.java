package io.dateline.events;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Tests call the service as the gateway does, with the service token (ServiceTokenTest checks the refusal). */
public class ServiceTokenForTests implements BeforeAllCallback {

    public static final String TOKEN = "test-service-token";

    @Override
    public void beforeAll(ExtensionContext context) {
        use();
    }

    /**
     * Sets the token for the RestAssured the test itself sees. Call it from a @BeforeEach of a @QuarkusTest:
     * such tests run in Quarkus's class loader (their RestAssured is not the one beforeAll sets), and the
     * Quarkus extension restores the request specification after each test.
     */
    public static void use() {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("X-Service-Token", TOKEN).build();
    }
}
