package io.dateline.events.rest;

import java.util.List;

/** Query parameters that cannot be read; answered 400 with one error per field. */
public class InvalidParameters extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidParameters(List<Problem.FieldError> errors) {
        super("The request has invalid parameters.", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
