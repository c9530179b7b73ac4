package io.dateline.events.extract;

import io.dateline.events.feed.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns annotated entities into participants. A person with an affiliation speaks for it, so the
 * participant takes the affiliated entity's country when the article names it; metonyms ("the Kremlin",
 * "Moscow") already carry their country from the entity linker.
 */
final class ParticipantFactory {

    private final Map<String, Entity> byId = new HashMap<>();

    ParticipantFactory(List<Entity> entities) {
        entities.forEach(e -> byId.putIfAbsent(e.id(), e));
    }

    Participant of(Entity e) {
        String country = e.country();
        if (e.affiliation() != null && byId.containsKey(e.affiliation()) && byId.get(e.affiliation()).country() != null) {
            country = byId.get(e.affiliation()).country();
        }
        return new Participant(e.name(), e.id(), e.type(), country, e.affiliation(), List.of());
    }

    /** A participant named by a phrase that no entity covers ("rebels", "police"). */
    Participant unlinked(String phrase) {
        return new Participant(phrase, null, null, null, null, List.of());
    }

    Participant byId(String id, String name) {
        Entity e = id == null ? null : byId.get(id);
        return e != null ? of(e) : unlinked(name);
    }
}
