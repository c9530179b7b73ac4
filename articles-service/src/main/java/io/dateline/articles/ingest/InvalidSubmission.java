package io.dateline.articles.ingest;

import java.util.List;

/** Why an input cannot become an article: an HTTP status (400, 413, 415, 422), a reason and the fields at fault. */
public class InvalidSubmission extends RuntimeException {

    /** One field at fault. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final List<FieldError> errors;

    public InvalidSubmission(int status, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public InvalidSubmission(int status, String detail) {
        this(status, detail, List.of());
    }

    public static InvalidSubmission field(String field, String message) {
        return new InvalidSubmission(400, "The field " + field + " " + message + ".", List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
