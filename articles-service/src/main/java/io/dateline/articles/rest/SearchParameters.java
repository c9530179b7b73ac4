package io.dateline.articles.rest;

import io.dateline.articles.repository.ArticleSearch;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The query parameters of GET /articles, checked together so every bad one is reported at once. */
record SearchParameters(ArticleSearch.Query query, int limit) {

    static SearchParameters of(MultivaluedMap<String, String> params) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String q = text(params, "q", 500, errors);
        int limit = 20;
        String rawLimit = params.getFirst("limit");
        if (rawLimit != null && !rawLimit.isBlank()) {
            try {
                limit = Integer.parseInt(rawLimit.trim());
                if (limit < 1 || limit > 200) {
                    errors.add(new Problem.FieldError("limit", "must be between 1 and 200"));
                }
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("limit", "must be a whole number"));
            }
        }
        OffsetDateTime from = date(params, "from", false, errors);
        OffsetDateTime to = date(params, "to", true, errors);
        String duplicates = params.getFirst("duplicates");
        if (duplicates != null && !duplicates.equals("true") && !duplicates.equals("false")) {
            errors.add(new Problem.FieldError("duplicates", "must be true or false"));
        }
        Cursor cursor = null;
        try {
            cursor = Cursor.decode(params.getFirst("cursor"));
            if (cursor != null) {
                if (q != null) {
                    cursor.rank();
                } else {
                    cursor.time();
                }
            }
        } catch (jakarta.ws.rs.BadRequestException e) {
            errors.add(new Problem.FieldError("cursor", "is not one this service issued"));
        }
        String source = text(params, "source", 256, errors);
        String entity = text(params, "entity", 256, errors);
        String language = text(params, "lang", 12, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(400, "The query has invalid parameters.", "/articles", errors));
        }
        boolean ranked = q != null;
        var query = new ArticleSearch.Query(q, source, entity, language == null ? null : language.toLowerCase(),
                from, to, "false".equals(duplicates),
                cursor != null && ranked ? cursor.rank() : null,
                cursor != null && !ranked ? cursor.time() : null,
                cursor == null ? null : cursor.id(), limit + 1);
        return new SearchParameters(query, limit);
    }

    private static String text(MultivaluedMap<String, String> params, String name, int max, List<Problem.FieldError> errors) {
        String v = params.getFirst(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > max || v.indexOf('\0') >= 0) {
            errors.add(new Problem.FieldError(name, "must be at most " + max + " characters of text"));
            return null;
        }
        return v.strip();
    }

    /** A date (the whole day, inclusive) or a date-time. */
    private static OffsetDateTime date(MultivaluedMap<String, String> params, String name, boolean endOfDay,
                                       List<Problem.FieldError> errors) {
        String v = params.getFirst(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v.trim());
        } catch (DateTimeParseException notDateTime) {
            try {
                LocalDate day = LocalDate.parse(v.trim());
                return endOfDay ? day.plusDays(1).atStartOfDay().minusNanos(1000).atOffset(ZoneOffset.UTC)
                        : day.atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                errors.add(new Problem.FieldError(name, "must be a date (2022-01-24) or an ISO-8601 date-time"));
                return null;
            }
        }
    }
}
