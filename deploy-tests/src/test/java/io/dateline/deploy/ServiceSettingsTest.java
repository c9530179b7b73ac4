package io.dateline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The environment checks compare against real reads: a misspelt or foreign variable is not readable. */
class ServiceSettingsTest {

    @Test
    void aDataOwningServiceReadsItsDatabaseTokenAndPortButNotTheGatewaysSettings() {
        ServiceSettings articles = ServiceSettings.of("articles-service");
        assertThat(articles.readable()).contains("DATELINE_SERVICE_TOKEN", "QUARKUS_HTTP_PORT",
                "QUARKUS_DATASOURCE_REACTIVE_URL", "DATELINE_DB_MIGRATE_AT_START", "DATELINE_DB_POOL",
                "DATELINE_MAX_ARTICLE_BYTES", "DATELINE_TEXT_WORKERS", "QUARKUS_PROFILE");
        assertThat(articles.readable()).doesNotContain("DATELINE_API_KEYS", "DATELINE_ARTICLES_URL",
                "DATELINE_SERVICE_TOKN", "QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(articles.required()).contains("DATELINE_SERVICE_TOKEN", "QUARKUS_DATASOURCE_REACTIVE_URL");
        assertThat(articles.port()).isEqualTo(8081);
    }

    @Test
    void theGatewayNeedsKeysAndTokenButNoDatabase() {
        ServiceSettings gateway = ServiceSettings.of("gateway");
        assertThat(gateway.required()).containsExactlyInAnyOrder("DATELINE_SERVICE_TOKEN", "DATELINE_API_KEYS");
        assertThat(gateway.readable()).contains("DATELINE_ARTICLES_URL", "DATELINE_EVENTS_URL",
                "DATELINE_RATE_LIMIT_PER_SECOND", "DATELINE_RATE_LIMIT_BURST", "DATELINE_RELAY_PAGE_SIZE");
        assertThat(gateway.readable()).doesNotContain("QUARKUS_DATASOURCE_REACTIVE_URL");
        assertThat(gateway.ownsData()).isFalse();
        assertThat(gateway.port()).isEqualTo(8080);
    }
}
