package io.dateline.gateway.client;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A service's answer as the gateway forwards it: status, media type and body, nothing else. */
public record Passthrough(int status, String contentType, byte[] body, String location, Long feedSeq) {

    /** The articles-service's header naming the feed entry that carries a stored article. */
    public static final String FEED_SEQ = "Dateline-Feed-Seq";

    static Passthrough of(Response response) {
        byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
        String type = response.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String seq = response.getHeaderString(FEED_SEQ);
        return new Passthrough(response.getStatus(), type, body, response.getHeaderString(HttpHeaders.LOCATION),
                seq == null || seq.isBlank() ? null : Long.valueOf(seq.trim()));
    }

    /** 5xx answers count as failures for retries and circuit breakers; 4xx are the caller's. */
    boolean isServerError() {
        return status >= 500;
    }
}
