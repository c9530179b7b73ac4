package io.dateline.gateway.security;

import java.util.Locale;

/** What a key may do: readers read, editors also add and delete articles, admins also run /admin. */
public enum Role {
    READER, EDITOR, ADMIN;

    public boolean covers(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    public static Role parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
