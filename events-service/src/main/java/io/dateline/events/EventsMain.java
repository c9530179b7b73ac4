package io.dateline.events;

import io.dateline.events.database.EmbeddedDatabase;
import io.dateline.events.database.Schema;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point: starts an embedded PostgreSQL first when no database URL is configured,
 * so a laptop needs nothing but a JDK, and starts the schema migrations beside Quarkus's boot.
 */
@QuarkusMain
public class EventsMain {

    public static void main(String... args) {
        EmbeddedDatabase.startUnlessConfigured("events");
        Schema.migrateAtLaunch();
        Quarkus.run(args);
    }
}
