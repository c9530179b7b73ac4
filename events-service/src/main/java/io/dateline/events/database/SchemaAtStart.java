package io.dateline.events.database;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Start-up waits for the schema before any other start-up step may use the database. */
@ApplicationScoped
class SchemaAtStart {

    @ConfigProperty(name = "dateline.db.migrate-at-start", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (enabled) {
            Schema.awaitOrMigrate(new Schema.Connection(url, username.orElse(null), password.orElse(null)));
        }
    }
}
