package io.dateline.articles;

import io.dateline.articles.database.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tests use the same embedded PostgreSQL as the local run, in a throwaway directory,
 * unless QUARKUS_DATASOURCE_REACTIVE_URL points at a server.
 */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private Path dir;

    @Override
    public Map<String, String> start() {
        if (EmbeddedDatabase.isUrlConfigured()) {
            return Map.of();
        }
        try {
            dir = Files.createTempDirectory("dateline-articles-test-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = EmbeddedDatabase.start(dir, 0, "articles", false);
        return database.connectionProperties();
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp directory is harmless
            }
        }
    }
}
