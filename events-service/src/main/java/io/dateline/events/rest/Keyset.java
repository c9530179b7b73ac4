package io.dateline.events.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** An opaque keyset cursor: the sort key (as text) and the id of the last item of a page. */
public record Keyset(String key, UUID id) {

    public String encode() {
        String raw = key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or null when the text is not one this service issued. */
    public static Keyset decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            return new Keyset(raw.substring(0, bar), UUID.fromString(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }
}
