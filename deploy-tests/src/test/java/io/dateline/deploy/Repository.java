package io.dateline.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the checked-out project is (the reactor root, passed by Maven; else found upwards). */
final class Repository {

    static final Path ROOT = find();

    private Repository() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    private static Path find() {
        String configured = System.getProperty("dateline.root");
        Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/kubernetes"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/kubernetes not found above " + Path.of("").toAbsolutePath());
        }
        return dir.toAbsolutePath();
    }
}
