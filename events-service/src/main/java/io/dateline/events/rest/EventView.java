package io.dateline.events.rest;

import io.dateline.events.Event;
import java.time.LocalDate;
import java.util.UUID;

/** An event as the API shows it. */
public record EventView(UUID id, String type, String mode, Party actor, Party recipient, Party location,
                        LocalDate date, String dateGranularity, boolean negated, String modality, String summary,
                        int numArticles, int numSources, UUID story) {

    /** An actor, recipient or place: a canonical entity id when known, its name and country. */
    public record Party(String id, String name, String country) {
        static Party of(String id, String name, String country) {
            return id == null && name == null ? null : new Party(id, name, country);
        }
    }

    public static EventView of(Event e) {
        return new EventView(e.id, e.type, e.mode,
                Party.of(e.actorId, e.actorName, e.actorCountry),
                Party.of(e.recipientId, e.recipientName, e.recipientCountry),
                Party.of(e.locationId, e.locationName, e.locationCountry),
                e.date, e.dateGranularity, e.negated, e.modality, e.summary, e.numArticles, e.numSources, e.storyId);
    }
}
