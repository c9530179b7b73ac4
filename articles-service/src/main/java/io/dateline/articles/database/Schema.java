package io.dateline.articles.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * The Flyway migrations under {@code db/migration}, applied over JDBC. The main class starts them
 * on their own thread as soon as the database is known, so they run while Quarkus boots on the
 * other core; start-up waits for them ({@link SchemaAtStart}) before anything uses the database.
 * Flyway's PostgreSQL advisory lock keeps replicas starting together from migrating twice.
 */
public final class Schema {

    private static final Logger LOG = Logger.getLogger(Schema.class);
    private static volatile CompletableFuture<Void> migration;

    private Schema() {
    }

    /**
     * Starts migrating in the background when the launch settings (system properties or environment)
     * name the database and do not switch migrations off ({@code DATELINE_DB_MIGRATE_AT_START=false}).
     */
    public static void migrateAtLaunch() {
        if (!"false".equals(Connection.setting("dateline.db.migrate-at-start"))) {
            Connection.fromLaunchSettings().ifPresent(Schema::migrateInBackground);
        }
    }

    /** Starts migrating in the background unless a migration has already started. */
    public static synchronized CompletableFuture<Void> migrateInBackground(Connection to) {
        if (migration == null) {
            migration = CompletableFuture.runAsync(() -> migrate(to), runnable -> {
                Thread t = new Thread(runnable, "schema-migration");
                t.setDaemon(true);
                t.start();
            });
        }
        return migration;
    }

    /** Waits for the migration started at launch, or migrates now; fails as the migration did. */
    static void awaitOrMigrate(Connection to) {
        try {
            migrateInBackground(to).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void migrate(Connection to) {
        long t0 = System.nanoTime();
        var result = Flyway.configure(Schema.class.getClassLoader())
                .dataSource(to.jdbcUrl(), to.username(), to.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.infof("schema at version %s (%d migrations applied) in %d ms", version, result.migrationsExecuted,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** Where the database is: Quarkus's reactive url ({@code postgresql://host:port/db}) and credentials. */
    public record Connection(String reactiveUrl, String username, String password) {

        String jdbcUrl() {
            String url = reactiveUrl.startsWith("vertx-reactive:") ? reactiveUrl.substring("vertx-reactive:".length()) : reactiveUrl;
            if (url.startsWith("postgres://")) {
                url = "postgresql://" + url.substring("postgres://".length());
            }
            return "jdbc:" + url;
        }

        /**
         * From system properties or the environment, before Quarkus starts; empty unless both the url and
         * the user are set there (settings only Quarkus's own configuration holds are left to {@link SchemaAtStart}).
         */
        public static java.util.Optional<Connection> fromLaunchSettings() {
            String url = setting("quarkus.datasource.reactive.url");
            String username = setting("quarkus.datasource.username");
            return url == null || username == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new Connection(url, username, setting("quarkus.datasource.password")));
        }

        static String setting(String property) {
            String value = System.getProperty(property);
            return value != null ? value : System.getenv(property.toUpperCase().replaceAll("[.-]", "_"));
        }
    }
}
