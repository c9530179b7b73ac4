package io.dateline.articles;

import io.dateline.articles.database.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point: starts an embedded PostgreSQL first when no database URL is configured,
 * so a laptop needs nothing but a JDK.
 */
@QuarkusMain
public class ArticlesMain {

    public static void main(String... args) {
        EmbeddedDatabase.startUnlessConfigured("articles");
        Quarkus.run(args);
    }
}
