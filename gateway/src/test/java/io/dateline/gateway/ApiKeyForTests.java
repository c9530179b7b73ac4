package io.dateline.gateway;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Tests call the API with the admin key unless they say otherwise (AccessControlTest does). */
public class ApiKeyForTests implements BeforeAllCallback {

    public static final String ADMIN = "local-dev-key", EDITOR = "test-editor-key", READER = "test-reader-key";

    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("X-API-Key", ADMIN).build();
    }
}
