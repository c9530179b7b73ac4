package io.dateline.gateway.ui;

import io.dateline.gateway.security.Role;
import java.time.Instant;

/**
 * A person logged in to the UI: the name and role of the API key they typed, when, and the token
 * their forms must send back (it is derived from the session, so a page from another site cannot know it).
 */
public record UiSession(String keyName, Role role, Instant issuedAt, String nonce, String csrf) {

    public static final String ATTRIBUTE = "dateline.ui.session";

    public boolean mayIngest() {
        return role.covers(Role.EDITOR);
    }

    public String roleName() {
        return role.name().toLowerCase();
    }
}
