package io.dateline.events.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An entity of the catalogue with its counts; the profile adds its events as actor and as recipient
 * (newest first) and its quotes.
 */
public record EntityView(String id, String name, String type, String country, List<String> aliases,
                         int numEvents, int numArticles, int numMentions,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<EventView> asActor,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<EventView> asRecipient,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<QuoteView> quotes) {

    public EntityView profile(List<EventView> actor, List<EventView> recipient, List<QuoteView> said) {
        return new EntityView(id, name, type, country, aliases, numEvents, numArticles, numMentions, actor, recipient, said);
    }
}
