package io.dateline.articles;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Nothing but the gateway, holding the service token, may call the service's API. */
@QuarkusTest
@QuarkusTestResource(EmbeddedDatabaseResource.class)
class ServiceTokenTest {

    @TestHTTPResource("/")
    URL root;

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path));
        if (token != null) {
            request.header("X-Service-Token", token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void callsWithoutTheRightTokenAreRefused() throws Exception {
        String route = "/articles";
        HttpResponse<String> none = get(route, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(get(route, "guessed-token").statusCode()).isEqualTo(401);
        assertThat(get(route, ServiceTokenForTests.TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void platformEndpointsStayOpenForProbes() throws Exception {
        assertThat(get("/q/health/ready", null).statusCode()).isEqualTo(200);
        assertThat(get("/q/metrics", null).statusCode()).isEqualTo(200);
    }
}
