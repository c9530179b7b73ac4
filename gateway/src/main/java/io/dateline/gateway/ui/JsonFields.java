package io.dateline.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets templates read the services' JSON as it comes ({@code article.title}, {@code event.actor.name}):
 * text and numbers become Java values, arrays lists, and a missing field null.
 */
@TemplateExtension
public final class JsonFields {

    private JsonFields() {
    }

    @TemplateExtension(matchName = TemplateExtension.ANY)
    static Object field(JsonNode node, String name) {
        return value(node.get(name));
    }

    static Object value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.numberValue();
        }
        if (v.isArray()) {
            List<Object> items = new ArrayList<>(v.size());
            v.forEach(item -> items.add(value(item)));
            return items;
        }
        return v;
    }
}
