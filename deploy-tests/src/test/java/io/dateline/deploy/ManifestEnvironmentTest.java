package io.dateline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Static half of the cross-check: names, ports and paths against the services' own configuration. */
class ManifestEnvironmentTest {

    static final Map<String, String> PROBES = Map.of("startupProbe", "/q/health/started",
            "readinessProbe", "/q/health/ready", "livenessProbe", "/q/health/live");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableIsOneTheServiceReadsAndNoneItNeedsIsMissing(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : ServiceSettings.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            Map<String, String> env = Workload.of(manifests, service).environment((s, k) -> "secret");
            assertThat(settings.readable()).as(overlay + " " + service + " reads").containsAll(env.keySet());
            assertThat(env.keySet()).as(overlay + " " + service + " sets").containsAll(settings.required());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void portsProbesAndAddressesLineUp(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : ServiceSettings.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            Workload w = Workload.of(manifests, service);
            Map<String, String> env = w.environment((s, k) -> "secret");
            assertThat(w.containerPort("http")).isEqualTo(settings.port());
            assertThat(env.get("QUARKUS_HTTP_PORT")).isEqualTo(String.valueOf(settings.port()));
            assertThat(w.probePaths()).isEqualTo(PROBES);
            Map<String, Object> svc = manifests.named("Service", service);
            assertThat(Tree.text(Tree.list(svc, "spec", "ports").get(0), "targetPort")).isEqualTo("http");
            if (settings.ownsData()) {
                URI url = URI.create(env.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
                assertThat(url.getScheme()).isEqualTo("postgresql");
                assertThat(url.getPort()).isEqualTo(5432);
                String host = url.getHost();
                String db = host.replace("-rw", "");
                assertThat(overlay.equals("dev") ? manifests.named("Service", host)
                        : manifests.named("Cluster", db)).isNotNull();
            }
        }
        Map<String, String> gateway = Workload.of(manifests, "gateway").environment((s, k) -> "secret");
        assertThat(gateway.get("DATELINE_ARTICLES_URL")).isEqualTo("http://articles-service:8081");
        assertThat(gateway.get("DATELINE_EVENTS_URL")).isEqualTo("http://events-service:8082");
        for (String url : new String[] {gateway.get("DATELINE_ARTICLES_URL"), gateway.get("DATELINE_EVENTS_URL")}) {
            URI uri = URI.create(url);
            Map<String, Object> target = manifests.named("Service", uri.getHost());
            assertThat(Tree.text(Tree.list(target, "spec", "ports").get(0), "port")).isEqualTo(String.valueOf(uri.getPort()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void tracingIsOnWithAnOtlpEndpoint(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (String service : ServiceSettings.SERVICES) {
            Map<String, String> env = Workload.of(manifests, service).environment((s, k) -> "secret");
            assertThat(env).containsEntry("QUARKUS_OTEL_SDK_DISABLED", "false");
            assertThat(env.get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT")).startsWith("http");
        }
    }
}
