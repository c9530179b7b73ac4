package io.dateline.events.feed;

import java.util.List;

/**
 * A named entity linked to a canonical id. {@code type} is PERSON, ORGANIZATION, COUNTRY or LOCATION;
 * {@code country} an ISO 3166-1 alpha-3 code where one applies; {@code role} and {@code affiliation}
 * (an entity id) are for people.
 */
public record Entity(String id, String name, String type, List<String> aliases, String country, String role,
                     String affiliation, List<Mention> mentions) {

    public Entity {
        aliases = aliases == null ? List.of() : aliases;
        mentions = mentions == null ? List.of() : mentions;
    }
}
