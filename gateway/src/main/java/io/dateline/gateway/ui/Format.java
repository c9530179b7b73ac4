package io.dateline.gateway.ui;

import io.quarkus.qute.TemplateExtension;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What templates call as {@code ui:name(...)}: dates for people, links that are safe to render, and
 * paths to the UI's pages with their ids encoded.
 */
@TemplateExtension(namespace = "ui")
public final class Format {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH);

    private Format() {
    }

    /** "24 Jan 2022" from an ISO date or date-time; anything else as it is. */
    static String day(Object iso) {
        if (iso == null) {
            return "";
        }
        String s = iso.toString();
        try {
            return s.length() > 10 ? OffsetDateTime.parse(s).format(DAY) : LocalDate.parse(s).format(DAY);
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    static String time(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso.toString()).atZoneSameInstant(java.time.ZoneOffset.UTC).format(TIME);
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    /** The url when it is an absolute http(s) one, else null: no javascript:, data: or relative links. */
    static String httpUrl(Object url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.toString().strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toASCIIString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** A UI path with one encoded id: {@code ui:path('articles', id)} is /ui/articles/6f1c... */
    static String path(String page, Object id) {
        return "/ui/" + page + "/" + segment(id);
    }

    static String segment(Object id) {
        return id == null ? "" : URLEncoder.encode(id.toString(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String param(Object value) {
        return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    /** "ASSAULT" as "assault", "MOBILIZE" as "mobilize": event types read as words. */
    static String word(Object constant) {
        return constant == null ? "" : constant.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A CSS-safe class suffix from an event type: letters only. */
    static String kind(Object constant) {
        return constant == null ? "none" : constant.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
