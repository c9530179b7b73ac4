package io.dateline.articles;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Tests call the service as the gateway does, with the service token (ServiceTokenTest checks the refusal). */
public class ServiceTokenForTests implements BeforeAllCallback {

    public static final String TOKEN = "test-service-token";

    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("X-Service-Token", TOKEN).build();
    }
}
