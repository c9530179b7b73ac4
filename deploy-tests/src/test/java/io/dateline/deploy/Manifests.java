package io.dateline.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** A kustomize overlay rendered with `kubectl kustomize`, as parsed objects and as text. */
record Manifests(String overlay, String text, List<Map<String, Object>> objects) {

    static Manifests render(String overlay) {
        Tools.require("kubectl");
        if (!Command.onPath("kubectl")) {
            throw new IllegalStateException("kubectl is not on the PATH: the overlays are rendered with"
                    + " `kubectl kustomize` (see deploy/README.md, 'Checks')");
        }
        Command result = Command.run(Repository.path("deploy/kubernetes/overlays/" + overlay),
                List.of("kubectl", "kustomize", "."));
        if (result.exitCode() != 0) {
            throw new IllegalStateException("kubectl kustomize " + overlay + " failed:\n" + result.output());
        }
        return new Manifests(overlay, result.output(), parse(result.output()));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object doc : new Yaml(new LoaderOptions()).loadAll(yaml)) {
            if (doc != null) {
                objects.add((Map<String, Object>) doc);
            }
        }
        return objects;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> Objects.equals(name, Tree.text(o, "metadata", "name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " has no " + kind + " " + name));
    }
}
