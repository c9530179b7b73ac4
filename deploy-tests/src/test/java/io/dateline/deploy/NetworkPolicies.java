package io.dateline.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may reach a pod, read from the rendered NetworkPolicies: each allowed peer as
 * "pod:NAME" (app.kubernetes.io/name or cnpg.io/cluster), "namespace:NAME" or "anyone".
 */
final class NetworkPolicies {

    private NetworkPolicies() {
    }

    static Set<String> peersAllowedTo(Manifests manifests, Map<String, Object> podLabels) {
        Set<String> peers = new TreeSet<>();
        for (Map<String, Object> policy : manifests.ofKind("NetworkPolicy")) {
            if (!selects(Tree.map(policy, "spec", "podSelector"), podLabels)) {
                continue;
            }
            for (Object rule : Tree.list(policy, "spec", "ingress")) {
                List<Object> from = Tree.list(rule, "from");
                if (from.isEmpty()) {
                    peers.add("anyone");
                }
                for (Object peer : from) {
                    peers.add(describe(peer));
                }
            }
        }
        return peers;
    }

    static boolean deniesByDefault(Manifests manifests) {
        return manifests.ofKind("NetworkPolicy").stream().anyMatch(p ->
                Tree.map(p, "spec", "podSelector").isEmpty()
                        && Tree.list(p, "spec", "ingress").isEmpty()
                        && Tree.list(p, "spec", "policyTypes").contains("Ingress"));
    }

    private static String describe(Object peer) {
        Map<String, Object> pods = Tree.map(peer, "podSelector", "matchLabels");
        Map<String, Object> namespaces = Tree.map(peer, "namespaceSelector", "matchLabels");
        if (!namespaces.isEmpty()) {
            return "namespace:" + namespaces.get("kubernetes.io/metadata.name");
        }
        Object name = pods.getOrDefault("app.kubernetes.io/name", pods.get("cnpg.io/cluster"));
        if (name == null) {
            throw new AssertionError("peer selects no named pods: " + peer);
        }
        return "pod:" + name;
    }

    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        for (var e : Tree.map(selector, "matchLabels").entrySet()) {
            if (!String.valueOf(e.getValue()).equals(String.valueOf(labels.get(e.getKey())))) {
                return false;
            }
        }
        for (Object expression : Tree.list(selector, "matchExpressions")) {
            Object value = labels.get(Tree.text(expression, "key"));
            boolean ok = switch (Tree.text(expression, "operator")) {
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                case "In" -> value != null && Tree.list(expression, "values").contains(value);
                case "NotIn" -> value == null || !Tree.list(expression, "values").contains(value);
                default -> throw new AssertionError("operator " + expression);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
