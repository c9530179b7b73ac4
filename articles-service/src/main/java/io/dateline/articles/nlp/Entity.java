package io.dateline.articles.nlp;

import java.util.List;

/**
 * An entity named in an article, with a stable canonical id ("country:DNK", "nato",
 * "person:jens-stoltenberg"). {@code country} is ISO 3166-1 alpha-3 where one applies;
 * {@code role} and {@code affiliation} (an entity id) are for people.
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, String country,
                     String role, String affiliation, List<Mention> mentions) {

    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
