package io.dateline.articles.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server started from the binaries on the class path (io.zonky.test).
 * Used by the local run when no database URL is configured, and by the tests.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String URL_PROPERTY = "quarkus.datasource.reactive.url";

    private final EmbeddedPostgres server;
    private final String database;

    private EmbeddedDatabase(EmbeddedPostgres server, String database) {
        this.server = server;
        this.database = database;
    }

    /**
     * Starts a server unless a database URL is configured (system property or environment,
     * as in containers), and points the datasource at it through system properties.
     */
    public static Optional<EmbeddedDatabase> startUnlessConfigured(String database) {
        if (isUrlConfigured() || !setting("dateline.db.embedded", "true").equals("true")) {
            return Optional.empty();
        }
        Path dir = Path.of(setting("dateline.db.dir",
                Path.of(System.getProperty("user.home"), ".dateline", "data", database).toString()));
        int port = Integer.parseInt(setting("dateline.db.port", "0"));
        EmbeddedDatabase db = start(dir, port, database, true);
        db.connectionProperties().forEach(System::setProperty);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-postgres-stop"));
        return Optional.of(db);
    }

    /** Starts a server keeping its files in {@code dir}; an existing data directory is reused. */
    public static EmbeddedDatabase start(Path dir, int port, String database, boolean durable) {
        try {
            Files.createDirectories(dir);
            long t0 = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    // PostgreSQL's default (128MB) keeps little of a big corpus warm; DATELINE_DB_SHARED_BUFFERS overrides.
                    .setServerConfig("shared_buffers", setting("dateline.db.shared_buffers", "256MB"));
            if (!durable) {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            EmbeddedPostgres server = builder.start();
            createDatabaseIfMissing(server, database);
            LOG.infof("Embedded PostgreSQL on port %d (data in %s) ready in %d ms",
                    server.getPort(), dir, (System.nanoTime() - t0) / 1_000_000);
            return new EmbeddedDatabase(server, database);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dir, e);
        }
    }

    public static boolean isUrlConfigured() {
        return System.getProperty(URL_PROPERTY) != null
                || System.getenv("QUARKUS_DATASOURCE_REACTIVE_URL") != null;
    }

    /** The Quarkus datasource settings that reach this server. */
    public Map<String, String> connectionProperties() {
        String hostPort = "localhost:" + server.getPort() + "/" + database;
        return Map.of(
                URL_PROPERTY, "postgresql://" + hostPort,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server, String database) {
        try (Connection c = server.getPostgresDatabase().getConnection();
             Statement st = c.createStatement()) {
            var rs = st.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!rs.next()) {
                st.execute("create database \"" + database + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
