package io.dateline.gateway.ui;

import io.dateline.gateway.security.AccessControl;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The UI's beans that need configuration. */
public class UiConfig {

    @Produces
    @Singleton
    SessionCookies sessionCookies(@ConfigProperty(name = "dateline.service-token") String token,
                                  @ConfigProperty(name = "dateline.ui.session-lifetime", defaultValue = "8h") Duration lifetime,
                                  AccessControl access) {
        return new SessionCookies(token, lifetime, access);
    }
}
