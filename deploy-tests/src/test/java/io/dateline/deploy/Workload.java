package io.dateline.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The first container of a Deployment, with its environment resolved from the rendered ConfigMaps. */
record Workload(Manifests manifests, Map<String, Object> deployment, Map<String, Object> container) {

    static Workload of(Manifests manifests, String name) {
        Map<String, Object> deployment = manifests.named("Deployment", name);
        List<Object> containers = Tree.list(deployment, "spec", "template", "spec", "containers");
        return new Workload(manifests, deployment, Tree.map(containers.get(0)));
    }

    int containerPort(String portName) {
        return Tree.list(container, "ports").stream()
                .filter(p -> portName.equals(Tree.text(p, "name")))
                .map(p -> Integer.parseInt(Tree.text(p, "containerPort")))
                .findFirst().orElseThrow(() -> new AssertionError("no container port " + portName));
    }

    /** Probe kind (startupProbe, readinessProbe, livenessProbe) to its HTTP path. */
    Map<String, String> probePaths() {
        Map<String, String> paths = new LinkedHashMap<>();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            paths.put(probe, Tree.text(container, probe, "httpGet", "path"));
        }
        return paths;
    }

    /**
     * Every variable the container gets, in Kubernetes' order (envFrom, then env). Literal and
     * ConfigMap values as rendered; a Secret's value comes from {@code secret(name, key)}.
     */
    Map<String, String> environment(BiFunction<String, String, String> secret) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Object source : Tree.list(container, "envFrom")) {
            String configMap = Tree.text(source, "configMapRef", "name");
            if (configMap == null) {
                throw new AssertionError("only ConfigMaps are expected in envFrom: " + source);
            }
            Tree.map(manifests.named("ConfigMap", configMap), "data")
                    .forEach((k, v) -> env.put(k, String.valueOf(v)));
        }
        for (Object variable : Tree.list(container, "env")) {
            String name = Tree.text(variable, "name");
            if (Tree.at(variable, "value") != null) {
                env.put(name, Tree.text(variable, "value"));
            } else if (Tree.at(variable, "valueFrom", "secretKeyRef") != null) {
                env.put(name, secret.apply(Tree.text(variable, "valueFrom", "secretKeyRef", "name"),
                        Tree.text(variable, "valueFrom", "secretKeyRef", "key")));
            } else if (Tree.at(variable, "valueFrom", "configMapKeyRef") != null) {
                env.put(name, Tree.text(manifests.named("ConfigMap",
                        Tree.text(variable, "valueFrom", "configMapKeyRef", "name")), "data",
                        Tree.text(variable, "valueFrom", "configMapKeyRef", "key")));
            } else {
                throw new AssertionError("unexpected env source for " + name);
            }
        }
        return env;
    }
}
