package io.dateline.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Two small HTTP servers standing in for the articles-service and the events-service, each with a
 * fixed answer per route we wrote, and a switch ({@code POST /stub/down}, {@code /stub/up}) that makes
 * every other route answer 503, as a failing service does.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final String ARTICLE = "0f2d6c1e-1111-4000-8000-000000000001";

    private static final Map<String, String> ARTICLES = Map.of(
            "/articles/" + ARTICLE, "{\"id\":\"" + ARTICLE + "\",\"title\":\"Oslo sends a frigate north\"}",
            "/entities", "{\"items\":[{\"id\":\"country:NOR\",\"name\":\"Norway\",\"type\":\"COUNTRY\",\"articleCount\":3,"
                    + "\"mentionCount\":7},{\"id\":\"location:tromso\",\"name\":\"Tromso\",\"type\":\"LOCATION\","
                    + "\"articleCount\":1,\"mentionCount\":1}],\"nextCursor\":null}",
            "/entities/country:NOR", "{\"id\":\"country:NOR\",\"name\":\"Norway\",\"type\":\"COUNTRY\",\"articleCount\":3}");

    private static final Map<String, String> EVENTS = Map.of(
            "/articles/" + ARTICLE + "/summary", "{\"events\":[{\"id\":\"e1\",\"type\":\"MOBILIZE\"}],"
                    + "\"lead\":{\"who\":\"Norway\"},\"story\":{\"id\":\"s1\"}}",
            "/entity-counts", "{\"country:NOR\":{\"numEvents\":2,\"asActor\":2,\"asRecipient\":1}}",
            "/entities/country:NOR", "{\"id\":\"country:NOR\",\"numEvents\":2,\"asActor\":[{\"id\":\"e1\"}],"
                    + "\"asRecipient\":[],\"quotes\":[]}",
            "/events/e1", "{\"id\":\"e1\",\"type\":\"MOBILIZE\"}");

    private HttpServer articles;
    private HttpServer events;

    @Override
    public Map<String, String> start() {
        articles = serve(ARTICLES);
        events = serve(EVENTS);
        return Map.of("quarkus.rest-client.articles.url", "http://localhost:" + articles.getAddress().getPort(),
                "quarkus.rest-client.events.url", "http://localhost:" + events.getAddress().getPort());
    }

    @Override
    public void stop() {
        articles.stop(0);
        events.stop(0);
    }

    private static HttpServer serve(Map<String, String> answers) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            boolean[] down = {false};
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                if (path.startsWith("/stub/")) {
                    down[0] = path.equals("/stub/down");
                    send(exchange, 204, null);
                } else if (down[0]) {
                    send(exchange, 503, "{\"status\":503}");
                } else {
                    String body = answers.get(path);
                    send(exchange, body == null ? 404 : 200, body == null ? "{\"status\":404}" : body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
