package io.dateline.articles.rest;

import jakarta.ws.rs.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** An opaque keyset cursor: the sort key (a time or a rank) and id of the last item of a page. */
public record Cursor(String key, UUID id) {

    public static Cursor of(OffsetDateTime time, UUID id) {
        return new Cursor(time.toString(), id);
    }

    public static Cursor of(double rank, UUID id) {
        return new Cursor(Double.toString(rank), id);
    }

    public OffsetDateTime time() {
        try {
            return OffsetDateTime.parse(key);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public double rank() {
        try {
            return Double.parseDouble(key);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public String encode() {
        String raw = key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            return new Cursor(raw.substring(0, bar), UUID.fromString(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    private static BadRequestException invalid() {
        return new BadRequestException("cursor is not one this service issued");
    }
}
