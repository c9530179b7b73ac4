package io.dateline.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** One failed field of a validation error. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String detail, String instance) {
        return new Problem(typeFor(status), titleFor(status), status, detail, instance, null);
    }

    public static Problem invalid(int status, String detail, String instance, List<FieldError> errors) {
        return new Problem(typeFor(status), titleFor(status), status, detail, instance, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }

    static String typeFor(int status) {
        return "https://dateline.dev/problems/" + switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable-content";
            case 429 -> "too-many-requests";
            case 503 -> "service-unavailable";
            default -> status >= 500 ? "internal-error" : "client-error";
        };
    }

    static String titleFor(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (status == 422) {
            return "Unprocessable Content";
        }
        return known != null ? known.getReasonPhrase() : (status >= 500 ? "Server Error" : "Client Error");
    }
}
