package io.dateline.events.extract;

import java.util.List;

/**
 * Where an event happens: the phrase ("to the Baltic Sea and Lithuania"), its name without the preposition
 * ("the Baltic Sea and Lithuania"), the places it names and the first one's country.
 */
public record Place(String text, String name, List<String> entityIds, String country) {

    public Place {
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
    }
}
