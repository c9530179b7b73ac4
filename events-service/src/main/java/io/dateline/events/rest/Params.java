package io.dateline.events.rest;

import io.dateline.events.extract.PloverType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Reads query parameters, collecting every bad one; {@link #check()} then answers them all at once. */
final class Params {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, "must be an ISO date (2022-01-24)"));
            return null;
        }
    }

    UUID uuid(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(name, "must be a UUID"));
            return null;
        }
    }

    String type(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return PloverType.fromLabel(value).name();
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(name, "must be a PLOVER type (AGREE, CONSULT, ..., ASSAULT)"));
            return null;
        }
    }

    String entityType(String name, String value) {
        if (blank(value)) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!List.of("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION").contains(upper)) {
            errors.add(new Problem.FieldError(name, "must be PERSON, ORGANIZATION, COUNTRY or LOCATION"));
            return null;
        }
        return upper;
    }

    /** The page size: 20 when absent, 1 to 200. */
    int limit(String value) {
        if (blank(value)) {
            return 20;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= 200) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.add(new Problem.FieldError("limit", "must be a whole number from 1 to 200"));
        return 20;
    }

    Integer atLeastOne(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.add(new Problem.FieldError(name, "must be a whole number of at least 1"));
        return null;
    }

    Keyset cursor(String value) {
        if (blank(value)) {
            return null;
        }
        Keyset k = Keyset.decode(value);
        if (k == null) {
            errors.add(new Problem.FieldError("cursor", "is not one this service issued"));
        }
        return k;
    }

    /** The date a cursor of a date-sorted list carries. */
    LocalDate cursorDate(Keyset k) {
        try {
            return k == null ? null : LocalDate.parse(k.key());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError("cursor", "is not one this service issued"));
            return null;
        }
    }

    /** The time a cursor of a time-sorted list carries. */
    java.time.OffsetDateTime cursorTime(Keyset k) {
        try {
            return k == null ? null : java.time.OffsetDateTime.parse(k.key());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError("cursor", "is not one this service issued"));
            return null;
        }
    }

    void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new Problem.FieldError("to", "must not be before from"));
        }
    }

    String text(String value) {
        return blank(value) ? null : value.strip();
    }

    void require(String name, String value) {
        if (blank(value)) {
            errors.add(new Problem.FieldError(name, "is required"));
        }
    }

    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
