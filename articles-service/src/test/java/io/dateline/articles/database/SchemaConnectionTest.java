package io.dateline.articles.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Flyway reaches the database at the reactive url's address, whichever way Quarkus lets it be written. */
class SchemaConnectionTest {

    private static String jdbc(String reactiveUrl) {
        return new Schema.Connection(reactiveUrl, "u", "p").jdbcUrl();
    }

    @Test
    void theJdbcUrlIsTheReactiveOneWithItsQuery() {
        assertThat(jdbc("postgresql://db-rw:5432/articles")).isEqualTo("jdbc:postgresql://db-rw:5432/articles");
        assertThat(jdbc("postgresql://db:5432/articles?sslmode=require"))
                .isEqualTo("jdbc:postgresql://db:5432/articles?sslmode=require");
    }

    @Test
    void vertxPrefixesAndTheShortSchemeAreUnderstood() {
        assertThat(jdbc("vertx-reactive:postgresql://db:5432/articles")).isEqualTo("jdbc:postgresql://db:5432/articles");
        assertThat(jdbc("postgres://db:5432/articles")).isEqualTo("jdbc:postgresql://db:5432/articles");
    }
}
