package io.dateline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The live half of the cross-check: each service jar started with the environment its prod
 * Deployment sets (ConfigMaps as rendered; Secrets filled with test values; cluster host names
 * pointed at loopback), then its probe paths and a real API route called.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeploymentCrossCheckIT {

    static final String TOKEN = "deploy-test-service-token";
    static final String API_KEY = "deploy-test-api-key";
    static final Duration START = Duration.ofMinutes(4);

    static EmbeddedPostgres postgres;
    static Manifests prod;
    static final Map<String, RunningService> RUNNING = new LinkedHashMap<>();
    static final Map<String, Integer> PORTS = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        prod = Manifests.render("prod");
        postgres = EmbeddedPostgres.builder().setPort(0).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            for (String db : new String[] {"articles", "events"}) {
                st.execute("create role " + db + " login password '" + db + "-password'");
                st.execute("create database " + db + " owner " + db);
            }
        }
        for (String service : ServiceSettings.SERVICES) {
            PORTS.put(service, RunningService.freePort());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (RunningService s : RUNNING.values()) {
            s.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void articlesServiceReplicasStartTogetherWithTheirManifestAndServe() throws Exception {
        // Two replicas migrate the same empty database at once: Flyway's advisory lock serialises them.
        RunningService second = launch("articles-service", RunningService.freePort());
        RUNNING.put("articles-service-2", second);
        RunningService s = startAsDeployed("articles-service");
        awaitProbesAndCheckLog(second, Workload.of(prod, "articles-service"));
        assertThat(second.get("/articles", Map.of("X-Service-Token", TOKEN)).statusCode()).isEqualTo(200);
        assertThat(java.util.stream.Stream.of(s, second).filter(r -> migrated(r))).as("one replica migrates").hasSize(1);
        second.close();
        assertThat(s.get("/articles", Map.of()).statusCode()).isEqualTo(401);
        assertThat(s.get("/articles", Map.of("X-Service-Token", TOKEN)).statusCode()).isEqualTo(200);
        assertMigratedAsItsOwner("articles");
    }

    @Test
    @Order(2)
    void eventsServiceStartsWithItsManifestAndServes() throws Exception {
        RunningService s = startAsDeployed("events-service");
        assertThat(s.get("/events", Map.of()).statusCode()).isEqualTo(401);
        assertThat(s.get("/events", Map.of("X-Service-Token", TOKEN)).statusCode()).isEqualTo(200);
        assertMigratedAsItsOwner("events");
    }

    @Test
    @Order(3)
    void gatewayStartsWithItsManifestAndReachesTheServices() throws Exception {
        RunningService s = startAsDeployed("gateway");
        assertThat(s.get("/api/v1/articles", Map.of()).statusCode()).isEqualTo(401);
        var articles = s.get("/api/v1/articles", Map.of("X-API-Key", API_KEY));
        assertThat(articles.statusCode()).as(articles.body()).isEqualTo(200);
        var events = s.get("/api/v1/events", Map.of("X-API-Key", API_KEY));
        assertThat(events.statusCode()).as(events.body()).isEqualTo(200);
        assertThat(s.get("/q/metrics", Map.of()).body()).contains("http_server_requests_seconds_count");
    }

    private RunningService startAsDeployed(String name) throws Exception {
        RunningService s = launch(name, PORTS.get(name));
        RUNNING.put(name, s);
        awaitProbesAndCheckLog(s, Workload.of(prod, name));
        return s;
    }

    private RunningService launch(String name, int port) throws Exception {
        Workload workload = Workload.of(prod, name);
        Map<String, String> env = workload.environment(DeploymentCrossCheckIT::secret);
        assertThat(env.get("QUARKUS_HTTP_PORT")).isEqualTo(String.valueOf(workload.containerPort("http")));
        env.replaceAll((k, v) -> onLoopback(k, v));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return RunningService.start(ServiceSettings.of(name), env, port);
    }

    private void awaitProbesAndCheckLog(RunningService s, Workload workload) throws Exception {
        String name = s.name;
        int port = s.port;
        for (String path : workload.probePaths().values()) {
            assertThat(s.awaitStatus(path, START)).as(name + " " + path + "\n" + s.output()).isEqualTo(200);
        }
        String log = s.output();
        assertThat(log).as("the port came from QUARKUS_HTTP_PORT").contains("Listening on: http://0.0.0.0:" + port);
        assertThat(log.lines().filter(l -> l.contains("Listening on"))).as("prod logs are JSON")
                .allMatch(l -> l.startsWith("{") && l.contains("\"loggerName\""));
        assertThat(log).doesNotContain("Embedded PostgreSQL");
    }

    private static boolean migrated(RunningService replica) {
        try {
            return replica.output().contains("Successfully applied");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Cluster addresses as seen from this machine: the databases and services run on loopback. */
    private static String onLoopback(String name, String value) {
        String v = value.replace("articles-db-rw:5432", "localhost:" + postgres.getPort())
                .replace("events-db-rw:5432", "localhost:" + postgres.getPort());
        if (name.equals("DATELINE_ARTICLES_URL")) {
            return "http://localhost:" + PORTS.get("articles-service");
        }
        if (name.equals("DATELINE_EVENTS_URL")) {
            return "http://localhost:" + PORTS.get("events-service");
        }
        if (name.equals("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT")) {
            // No collector here: spans are exported to a closed loopback port and dropped.
            return "http://localhost:" + URI.create(v).getPort();
        }
        return v;
    }

    private static String secret(String name, String key) {
        return switch (name + "/" + key) {
            case "dateline-service-token/token" -> TOKEN;
            case "dateline-api-keys/keys" -> "deploy:admin:" + sha256(API_KEY);
            case "articles-db-app/username" -> "articles";
            case "articles-db-app/password" -> "articles-password";
            case "events-db-app/username" -> "events";
            case "events-db-app/password" -> "events-password";
            default -> throw new AssertionError("a Secret the test does not know: " + name + "/" + key);
        };
    }

    private static void assertMigratedAsItsOwner(String db) throws Exception {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + db;
        try (Connection c = DriverManager.getConnection(url, db, db + "-password");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*), bool_and(success), min(installed_by)"
                     + " from flyway_schema_history where version is not null")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isPositive();
            assertThat(rs.getBoolean(2)).isTrue();
            assertThat(rs.getString(3)).isEqualTo(db);
        }
        try (Connection c = DriverManager.getConnection(url, db, db + "-password");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from (select version from flyway_schema_history"
                     + " where version is not null group by version having count(*) > 1) twice")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("a migration applied twice").isZero();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
