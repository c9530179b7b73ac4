package io.dateline.gateway.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.dateline.gateway.client.ServiceUnavailableException;
import io.dateline.gateway.ui.Pages;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches the REST layer into problem+json, never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (request.path().startsWith("/ui/") && status < 500) {
            // The UI's routes answer people with pages, not problem+json.
            return Response.status(status).type("text/html; charset=utf-8")
                    .entity(Pages.plain(Problem.titleFor(status), "This page cannot be shown.")).build();
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        return Problem.of(status, detailFor(status, e, request), request.path()).toResponse();
    }

    // Quarkus ships its own mappers for these two; ours answer in the house format.
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response parse(JsonParseException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() && !isSyntaxError(e)) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return Problem.invalid(400, "The request body has a field of the wrong type or format.",
                    request.path(), List.of(new Problem.FieldError(field, "has the wrong type or format"))).toResponse();
        }
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return Problem.of(400, "The request body is not valid JSON" + where + ".", request.path()).toResponse();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.invalid(400, "The request has invalid fields.", request.path(), errors).toResponse();
    }

    /** A service behind the gateway is down, slow, or its circuit is open: try again shortly. */
    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailableException e, HttpServerRequest request) {
        return serviceUnavailable(e.service(), request);
    }

    @ServerExceptionMapper
    public Response faultTolerance(FaultToleranceException e, HttpServerRequest request) {
        return serviceUnavailable(null, request);
    }

    private static Response serviceUnavailable(String service, HttpServerRequest request) {
        String detail = service == null ? "A service behind the gateway is unavailable; try again shortly."
                : "The " + service + " service is unavailable; try again shortly.";
        return Response.fromResponse(Problem.of(503, detail, request.path()).toResponse())
                .header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "Unexpected error on %s %s", request.method(), request.path());
        return Problem.of(500, "An unexpected error occurred; it has been logged.", request.path()).toResponse();
    }

    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException || String.valueOf(t.getMessage()).contains("end-of-input")) {
                return true;
            }
        }
        return false;
    }

    private static String detailFor(int status, WebApplicationException e, HttpServerRequest request) {
        return switch (status) {
            case 404 -> "Nothing found at " + request.path() + ".";
            case 405 -> "Method " + request.method() + " is not allowed on " + request.path() + ".";
            case 406 -> "No acceptable representation for the requested media type.";
            case 415 -> "Content-Type " + headerOr(request, "Content-Type", "(none)") + " is not supported here.";
            default -> status >= 500 ? "An unexpected error occurred; it has been logged." : safeMessage(e);
        };
    }

    private static String safeMessage(WebApplicationException e) {
        String message = e.getMessage();
        return message == null || message.startsWith("HTTP ") ? Problem.titleFor(e.getResponse().getStatus()) + "." : message;
    }

    private static String headerOr(HttpServerRequest request, String name, String fallback) {
        String value = request.getHeader(name);
        return value == null ? fallback : value;
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Method-parameter paths look like "create.body.title": keep what names the field.
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }
}
