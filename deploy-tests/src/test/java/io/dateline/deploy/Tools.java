package io.dateline.deploy;

import org.junit.jupiter.api.Assumptions;

/**
 * The manifest checks need kubectl (for kustomize) and node/npm (for the schema validator). CI has
 * them (.ci/run fails when they are missing); on a machine with only a JDK the checks are skipped
 * with a message instead of failing `./mvnw verify`.
 */
final class Tools {

    private Tools() {
    }

    static void require(String tool) {
        if (Command.onPath(tool)) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(tool + " is not on the PATH, and CI must run the manifest checks");
        }
        Assumptions.abort(tool + " is not on the PATH: the manifest checks are skipped here (they run in CI)");
    }
}
