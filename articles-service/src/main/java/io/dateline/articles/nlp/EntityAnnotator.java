package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entities: gazetteer names first, then cities, then people and organisations found by pattern, then
 * surnames and roles that refer back to a person already named; mentions are grouped by id.
 */
final class EntityAnnotator implements Annotator {

    private final GazetteerMentions gazetteer;
    private final NameMentions names;
    private final PersonCoreference coreference;
    private final CityMentions cities;
    private final PersonCountries countries = new PersonCountries();

    EntityAnnotator(GazetteerMentions gazetteer, CityMentions cities, NameMentions names, PersonCoreference coreference) {
        this.gazetteer = gazetteer;
        this.cities = cities;
        this.names = names;
        this.coreference = coreference;
    }

    @Override
    public Document annotate(Document document) {
        String text = document.text();
        String lower = Roles.lowerSameLength(text);
        List<Candidate> candidates = new ArrayList<>(gazetteer.find(text, document.sentences()));
        candidates.addAll(cities.find(text, document.sentences(), candidates));
        candidates.sort((a, b) -> Integer.compare(a.start(), b.start()));
        candidates.addAll(names.find(text, lower, document.sentences(), candidates));
        candidates.sort((a, b) -> Integer.compare(a.start(), b.start()));
        candidates = coreference.resolve(lower, document.sentences(), countries.assign(document, candidates));
        return document.withEntities(group(text, candidates));
    }

    static List<Entity> group(String text, List<Candidate> candidates) {
        Map<String, List<Candidate>> byId = new LinkedHashMap<>();
        candidates.stream()
                .sorted((a, b) -> Integer.compare(a.start(), b.start()))
                .forEach(c -> byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c));
        List<Entity> entities = new ArrayList<>(byId.size());
        byId.forEach((id, mentions) -> entities.add(entity(text, id, mentions)));
        return entities;
    }

    private static Entity entity(String text, String id, List<Candidate> mentions) {
        Candidate first = mentions.get(0);
        String name = first.name();
        String country = null;
        String role = null;
        String affiliation = null;
        Set<String> aliases = new LinkedHashSet<>();
        List<Mention> spans = new ArrayList<>(mentions.size());
        for (Candidate c : mentions) {
            String surface = text.substring(c.start(), c.end());
            spans.add(new Mention(c.start(), c.end(), surface));
            if (c.name().length() > name.length() && c.type() == EntityType.PERSON) {
                name = c.name();
            }
            country = country != null ? country : c.country();
            role = role != null ? role : c.role();
            affiliation = affiliation != null ? affiliation : c.affiliation();
            aliases.add(surface);
        }
        aliases.remove(name);
        return new Entity(id, name, first.type(), List.copyOf(aliases), country, role, affiliation, spans);
    }
}
