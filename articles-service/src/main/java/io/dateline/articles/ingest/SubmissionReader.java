package io.dateline.articles.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one input into a {@link Submission}: our JSON, news-please JSON as is, raw page text or a
 * whole HTML page. Everything a field can be wrong about is reported together.
 */
public final class SubmissionReader {

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})?");
    private static final DateTimeFormatter NEWS_PLEASE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int MAX_URL = 4096;
    private static final int MAX_TITLE = 2000;

    private final ObjectMapper json;

    public SubmissionReader(ObjectMapper json) {
        this.json = json;
    }

    /** @param mediaType the request's media type without parameters, e.g. "application/json" */
    public Submission read(byte[] body, String mediaType) {
        if (body == null || body.length == 0) {
            throw new InvalidSubmission(400, "The request has no body.");
        }
        String raw = BodyText.decode(body);
        return switch (mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT)) {
            case "application/json" -> fromJson(raw);
            case "text/plain" -> new Submission(null, null, null, null, null,
                    BodyText.sanitize(raw, "body"), null, Submission.TEXT, raw);
            case "text/html", "application/xhtml+xml" -> new Submission(null, null, null, null, null,
                    null, BodyText.sanitize(raw, "body"), Submission.HTML, raw);
            default -> throw new InvalidSubmission(415, "Content-Type " + mediaType + " is not supported: send "
                    + "application/json, text/plain or text/html.");
        };
    }

    /** One JSON object: ours ({@code text}/{@code html}) or news-please's ({@code maintext}, {@code date_publish}...). */
    public Submission fromJson(String raw) {
        JsonNode node;
        try {
            node = json.readTree(raw);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new InvalidSubmission(400, "The body is not valid JSON"
                    + (where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr()) + ".");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidSubmission(400, "The body must be one JSON object.");
        }
        boolean newsPlease = node.has("maintext") || node.has("date_publish") || node.has("source_domain");
        Fields f = new Fields(node);
        String url = f.url("url");
        String source = f.string(newsPlease ? "source_domain" : "source", 256);
        String title = f.string("title", MAX_TITLE);
        OffsetDateTime published = f.date(newsPlease ? "date_publish" : "publishedAt");
        String language = f.language("language");
        String text = f.body(newsPlease && node.hasNonNull("maintext") ? "maintext" : "text");
        String html = f.body("html");
        f.throwIfAny();
        if (isBlank(text) && isBlank(html)) {
            String field = newsPlease ? "maintext" : "text";
            throw new InvalidSubmission(422, "An article needs a body: " + field + " or html.",
                    List.of(new InvalidSubmission.FieldError(field, "text or html is required")));
        }
        return new Submission(url, source, title, published, language, isBlank(text) ? null : text,
                isBlank(text) ? html : null, newsPlease ? Submission.NEWS_PLEASE : Submission.JSON, raw);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Reads fields of one object, collecting every error instead of stopping at the first. */
    private static final class Fields {
        private final JsonNode node;
        private final List<InvalidSubmission.FieldError> errors = new ArrayList<>();

        Fields(JsonNode node) {
            this.node = node;
        }

        String string(String name, int max) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                errors.add(new InvalidSubmission.FieldError(name, "must be a string"));
                return null;
            }
            String s = v.asText().strip();
            if (s.length() > max) {
                errors.add(new InvalidSubmission.FieldError(name, "must be at most " + max + " characters"));
                return null;
            }
            if (s.indexOf('\0') >= 0) {
                errors.add(new InvalidSubmission.FieldError(name, "contains NUL characters"));
                return null;
            }
            return s.isEmpty() ? null : s;
        }

        String body(String name) {
            String s = string(name, Integer.MAX_VALUE);
            try {
                return BodyText.sanitize(s, name);
            } catch (InvalidSubmission e) {
                errors.addAll(e.errors());
                return null;
            }
        }

        String url(String name) {
            String s = string(name, MAX_URL);
            if (s == null) {
                return null;
            }
            try {
                URI uri = new URI(s);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return s;
                }
            } catch (URISyntaxException ignored) {
                // reported below
            }
            errors.add(new InvalidSubmission.FieldError(name, "must be an absolute http(s) URL"));
            return null;
        }

        String language(String name) {
            String s = string(name, 12);
            if (s != null && !LANGUAGE.matcher(s).matches()) {
                errors.add(new InvalidSubmission.FieldError(name, "must be a language code such as en or pt-BR"));
                return null;
            }
            return s == null ? null : s.toLowerCase(Locale.ROOT).replace('_', '-');
        }

        OffsetDateTime date(String name) {
            String s = string(name, 64);
            // news-please writes Python's None for an unknown date.
            if (s == null || s.equals("None")) {
                return null;
            }
            OffsetDateTime parsed = parseDate(s);
            if (parsed == null) {
                errors.add(new InvalidSubmission.FieldError(name, "must be an ISO-8601 date or date-time"));
            } else if (parsed.getYear() < 1800 || parsed.getYear() > 2200) {
                errors.add(new InvalidSubmission.FieldError(name, "is out of range"));
                return null;
            }
            return parsed;
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidSubmission(400, "The request has invalid fields.", errors);
            }
        }
    }

    /** ISO-8601 with or without offset (UTC assumed), a plain date, or news-please's "yyyy-MM-dd HH:mm:ss". */
    static OffsetDateTime parseDate(String s) {
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException notWithOffset) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s, NEWS_PLEASE_DATE).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notNewsPlease) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
