package io.dateline.events.service;

import io.dateline.events.extract.Lead;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** An article's lead as stored and served: {@code {who, what, when: {text, value}, where, why?, how?, eventId?}}. */
final class LeadJson {

    private LeadJson() {
    }

    static JsonObject of(Lead lead, UUID eventId) {
        if (lead == null) {
            return null;
        }
        JsonObject json = new JsonObject().put("who", lead.who()).put("what", lead.what())
                .put("when", new JsonObject().put("text", lead.when()).put("value", lead.day()))
                .put("where", lead.where());
        if (lead.why() != null) {
            json.put("why", lead.why());
        }
        if (lead.how() != null) {
            json.put("how", lead.how());
        }
        if (eventId != null) {
            json.put("eventId", eventId.toString());
        }
        return json;
    }
}
