package io.dateline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each overlay renders, validates against the API schemas, and has the shape issue 7 asks for. */
class OverlayTest {

    private static final List<String> SERVICES = ServiceSettings.SERVICES;

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersAndEveryObjectValidates(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        // CloudNativePG publishes its CRDs as YAML only, in no npm or Maven package: see deploy/README.md.
        Command result = ManifestValidator.validate(manifests.text(), "postgresql.cnpg.io");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains(manifests.objects().size() + " objects, 0 invalid");
        assertThat(manifests.ofKind("Secret")).as("no Secret lives in git").isEmpty();
        for (Map<String, Object> object : manifests.objects()) {
            if (UnknownFields.knows(object)) {
                assertThat(UnknownFields.in(object)).as("fields the API does not know").isEmpty();
            } else {
                assertThat(Tree.text(object, "apiVersion")).as("only custom resources lack a typed model")
                        .matches("(postgresql\\.cnpg\\.io|monitoring\\.coreos\\.com)/v1");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentIsHardenedAndScaled(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        assertThat(manifests.ofKind("Deployment")).hasSize(SERVICES.size());
        for (String service : SERVICES) {
            Workload w = Workload.of(manifests, service);
            Map<String, Object> pod = Tree.map(w.deployment(), "spec", "template", "spec");
            assertThat(Tree.at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
            assertThat(Tree.at(w.container(), "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
            assertThat(Tree.at(w.container(), "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
            assertThat(Tree.list(w.container(), "securityContext", "capabilities", "drop")).contains("ALL");
            assertThat(Tree.map(w.container(), "resources", "requests")).containsKeys("cpu", "memory");
            assertThat(Tree.map(w.container(), "resources", "limits")).containsKey("memory");
            String tmpVolume = Tree.list(w.container(), "volumeMounts").stream()
                    .filter(m -> "/tmp".equals(Tree.text(m, "mountPath"))).map(m -> Tree.text(m, "name"))
                    .findFirst().orElseThrow(() -> new AssertionError(service + " mounts nothing at /tmp"));
            assertThat(Tree.list(pod, "volumes")).anyMatch(v -> tmpVolume.equals(Tree.text(v, "name"))
                    && Tree.at(v, "emptyDir") != null);
            Map<String, Object> hpa = manifests.named("HorizontalPodAutoscaler", service);
            assertThat(Tree.text(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(service);
            Map<String, Object> pdb = manifests.named("PodDisruptionBudget", service);
            assertThat(NetworkPolicies.selects(Tree.map(pdb, "spec", "selector"), podLabels(w))).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayIsReachableFromOutside(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        assertThat(manifests.ofKind("Ingress")).hasSize(1);
        Map<String, Object> ingress = manifests.named("Ingress", "gateway");
        assertThat(Tree.list(ingress, "spec", "rules")).allSatisfy(rule -> assertThat(
                Tree.list(rule, "http", "paths")).allSatisfy(path ->
                assertThat(Tree.text(path, "backend", "service", "name")).isEqualTo("gateway")));
        assertThat(manifests.ofKind("Service")).allSatisfy(s ->
                assertThat(Tree.text(s, "spec", "type")).isIn(null, "ClusterIP"));

        assertThat(NetworkPolicies.deniesByDefault(manifests)).isTrue();
        String monitoring = overlay.equals("prod") ? "namespace:monitoring" : null;
        assertThat(allowed(manifests, "gateway")).contains("anyone");
        assertThat(allowed(manifests, "articles-service")).containsOnly(only("pod:gateway", monitoring));
        assertThat(allowed(manifests, "events-service")).containsOnly(only("pod:gateway", monitoring));
    }

    @Test
    void devRunsOnePostgresStatefulSetPerDataOwningService() {
        Manifests dev = Manifests.render("dev");
        for (String db : List.of("articles", "events")) {
            Map<String, Object> set = dev.named("StatefulSet", db + "-db");
            assertThat(Tree.list(set, "spec", "volumeClaimTemplates")).hasSize(1);
            dev.named("Service", db + "-db-rw");
            Map<String, Object> labels = Tree.map(set, "spec", "template", "metadata", "labels");
            assertThat(NetworkPolicies.peersAllowedTo(dev, labels)).containsOnly("pod:" + db + "-service");
        }
        assertThat(dev.ofKind("Cluster")).isEmpty();
    }

    @Test
    void prodRunsCloudNativePgClustersWithBackupsAndIsScraped() {
        Manifests prod = Manifests.render("prod");
        assertThat(prod.ofKind("StatefulSet")).isEmpty();
        for (String db : List.of("articles", "events")) {
            Map<String, Object> cluster = prod.named("Cluster", db + "-db");
            assertThat(Tree.text(cluster, "apiVersion")).isEqualTo("postgresql.cnpg.io/v1");
            assertThat((Integer) Tree.at(cluster, "spec", "instances")).isGreaterThanOrEqualTo(2);
            assertThat(Tree.text(cluster, "spec", "bootstrap", "initdb", "database")).isEqualTo(db);
            assertThat(Tree.text(cluster, "spec", "storage", "size")).isNotBlank();
            assertThat(Tree.text(cluster, "spec", "backup", "barmanObjectStore", "destinationPath")).startsWith("s3://");
            assertThat(Tree.text(cluster, "spec", "backup", "retentionPolicy")).matches("\\d+[dwm]");
            assertThat(prod.ofKind("ScheduledBackup")).anyMatch(b ->
                    (db + "-db").equals(Tree.text(b, "spec", "cluster", "name")));
            Map<String, Object> labels = new HashMap<>(Tree.map(cluster, "spec", "inheritedMetadata", "labels"));
            labels.put("cnpg.io/cluster", db + "-db");
            assertThat(NetworkPolicies.peersAllowedTo(prod, labels)).containsOnly("pod:" + db + "-service",
                    "pod:" + db + "-db", "namespace:cnpg-system", "namespace:monitoring");
        }
        Map<String, Object> monitor = prod.ofKind("ServiceMonitor").get(0);
        assertThat(Tree.list(monitor, "spec", "endpoints")).allSatisfy(e ->
                assertThat(Tree.text(e, "path")).isEqualTo("/q/metrics"));
        for (String service : SERVICES) {
            assertThat(NetworkPolicies.selects(Tree.map(monitor, "spec", "selector"),
                    podLabels(Workload.of(prod, service)))).as(service + " is scraped").isTrue();
        }
    }

    private static Map<String, Object> podLabels(Workload w) {
        return Tree.map(w.deployment(), "spec", "template", "metadata", "labels");
    }

    private static List<String> allowed(Manifests manifests, String service) {
        return List.copyOf(NetworkPolicies.peersAllowedTo(manifests, podLabels(Workload.of(manifests, service))));
    }

    private static String[] only(String... peers) {
        return java.util.Arrays.stream(peers).filter(p -> p != null).toArray(String[]::new);
    }
}
