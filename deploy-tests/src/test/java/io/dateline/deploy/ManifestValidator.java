package io.dateline.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates manifests against the Kubernetes API schemas with deploy/kubernetes/validate
 * (kubernetes-models from npm, offline once installed). Installs it with `npm ci` when missing.
 */
final class ManifestValidator {

    static final Path DIR = Repository.path("deploy/kubernetes/validate");

    private ManifestValidator() {
    }

    /** The validator's verdict on a YAML stream; groups listed have no schema and are reported as skipped. */
    static Command validate(String yaml, String... groupsWithoutSchema) {
        Tools.require("node");
        Tools.require("npm");
        installIfMissing();
        try {
            Path file = Files.createTempFile("manifests", ".yaml");
            Files.writeString(file, yaml);
            List<String> args = new ArrayList<>(List.of("node", "validate.mjs", file.toString()));
            for (String group : groupsWithoutSchema) {
                args.add("--no-schema");
                args.add(group);
            }
            Command result = Command.run(DIR, args);
            Files.delete(file);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void installIfMissing() {
        if (Files.isDirectory(DIR.resolve("node_modules/kubernetes-models"))) {
            return;
        }
        Command install = Command.run(DIR, List.of("npm", "ci", "--no-audit", "--no-fund"));
        if (install.exitCode() != 0) {
            throw new IllegalStateException("npm ci in " + DIR + " failed:\n" + install.output());
        }
    }
}
