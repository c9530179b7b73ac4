package io.dateline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** deploy/compose/compose.yaml against what the services serve and read (no Docker needed). */
class ComposeTest {

    static final Path FILE = Repository.path("deploy/compose/compose.yaml");
    static Map<String, Object> compose;

    @BeforeAll
    static void parse() throws IOException {
        compose = Manifests.parse(Files.readString(FILE)).get(0);
    }

    @Test
    void everyServiceGetsWhatItReadsAndNothingElse() {
        for (String service : ServiceSettings.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            Map<String, Object> env = Tree.map(compose, "services", service, "environment");
            assertThat(settings.readable()).as(service).containsAll(env.keySet());
            assertThat(env.keySet()).as(service).containsAll(settings.required());
            assertThat(String.valueOf(env.get("QUARKUS_HTTP_PORT"))).isEqualTo(String.valueOf(settings.port()));
        }
    }

    @Test
    void onlyTheGatewayPublishesAPortAndItIsTheOneItServes() {
        Map<String, Object> services = Tree.map(compose, "services");
        services.forEach((name, s) -> {
            if (!name.equals("gateway")) {
                assertThat(Tree.list(s, "ports")).as(name).isEmpty();
            }
        });
        assertThat(Tree.list(compose, "services", "gateway", "ports")).singleElement().asString()
                .endsWith(":" + ServiceSettings.of("gateway").port());
    }

    @Test
    void healthChecksAskTheReadinessPathOnTheServedPort() {
        for (String service : ServiceSettings.SERVICES) {
            String check = String.join(" ", Tree.list(compose, "services", service, "healthcheck", "test")
                    .stream().map(String::valueOf).toList());
            assertThat(check).contains("/dev/tcp/127.0.0.1/" + ServiceSettings.of(service).port())
                    .contains("GET /q/health/ready ");
        }
    }

    @Test
    void eachDataOwningServiceStartsAfterItsOwnHealthyDatabase() {
        Pattern variable = Pattern.compile("\\$\\{([A-Z_]+)");
        for (String service : ServiceSettings.SERVICES) {
            if (!ServiceSettings.of(service).ownsData()) {
                continue;
            }
            Map<String, Object> env = Tree.map(compose, "services", service, "environment");
            URI jdbc = URI.create(String.valueOf(env.get("QUARKUS_DATASOURCE_REACTIVE_URL")));
            String db = jdbc.getHost();
            assertThat(jdbc.getScheme()).isEqualTo("postgresql");
            assertThat(Tree.text(compose, "services", service, "depends_on", db, "condition")).isEqualTo("service_healthy");
            Map<String, Object> dbEnv = Tree.map(compose, "services", db, "environment");
            assertThat(Tree.text(compose, "services", db, "image")).contains("postgres");
            assertThat("/" + dbEnv.get("POSTGRES_DB")).isEqualTo(jdbc.getPath());
            assertThat(dbEnv.get("POSTGRES_USER")).isEqualTo(env.get("QUARKUS_DATASOURCE_USERNAME"));
            Matcher password = variable.matcher(String.valueOf(env.get("QUARKUS_DATASOURCE_PASSWORD")));
            assertThat(password.find()).isTrue();
            assertThat(String.valueOf(dbEnv.get("POSTGRES_PASSWORD"))).contains("${" + password.group(1));
            assertThat(Tree.list(compose, "services", db, "healthcheck", "test")).isNotEmpty();
            String volume = String.valueOf(Tree.list(compose, "services", db, "volumes").get(0)).split(":")[0];
            assertThat(Tree.map(compose, "volumes")).containsKey(volume);
        }
        for (String service : new String[] {"articles-service", "events-service"}) {
            assertThat(Tree.text(compose, "services", "gateway", "depends_on", service, "condition"))
                    .isEqualTo("service_healthy");
        }
    }

    @Test
    void imagesAreBuiltFromTheServicesDockerfiles() {
        for (String service : ServiceSettings.SERVICES) {
            Path context = FILE.getParent().resolve(Tree.text(compose, "services", service, "build", "context")).normalize();
            assertThat(context).isEqualTo(Repository.path(service));
            assertThat(context.resolve(Tree.text(compose, "services", service, "build", "dockerfile"))).exists();
        }
    }
}
