package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * People across articles. Spelling variants of one person (Sergey/Sergei, Anthony/Antony, a
 * mistyped given name) fold into one canonical id when the surnames agree and so does the role,
 * the affiliation or the country; a different given name, or a conflicting country, keeps two
 * people with one surname apart. Plain Java and in memory: the service loads it with the persons
 * it has stored ({@link #persons()} gives them back) and persists what it learns.
 */
public final class PersonRegistry {

    /** A person the registry knows, under its canonical id. */
    public record KnownPerson(String id, String name, String role, String affiliation, String country) {
    }

    /** A known person with the name as compared, reduced once when the person is remembered. */
    private record Spelled(KnownPerson person, PersonName name) {
    }

    private final Map<String, KnownPerson> byId = new LinkedHashMap<>();
    private final Map<String, List<Spelled>> bySurname = new HashMap<>();

    public PersonRegistry(Collection<KnownPerson> known) {
        known.forEach(this::remember);
    }

    public synchronized List<KnownPerson> persons() {
        return List.copyOf(byId.values());
    }

    /** The canonical id of a person as named in one article; a person not seen before is added. */
    public synchronized String canonicalId(String name, String role, String affiliation, String country) {
        PersonName spelled = PersonName.of(name);
        KnownPerson best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Spelled known : bySurname.getOrDefault(spelled.surname(), List.of())) {
            int score = agreement(known, spelled, role, affiliation, country);
            if (score > bestScore) {
                best = known.person();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        if (best != null && !tie) {
            return best.id();
        }
        KnownPerson added = new KnownPerson(freshId(name), name, role, affiliation, country);
        remember(added);
        return added.id();
    }

    /** The same annotations with every person's id replaced by its canonical id. */
    public Annotations canonicalise(Annotations annotations) {
        Map<String, String> ids = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (Entity e : annotations.entities()) {
            if (e.type() == EntityType.PERSON) {
                String id = canonicalId(e.name(), e.role(), e.affiliation(), e.country());
                ids.put(e.id(), id);
                e = new Entity(id, e.name(), e.type(), e.aliases(), e.country(), e.role(), e.affiliation(), e.mentions());
            }
            entities.add(e);
        }
        List<Quote> quotes = annotations.quotes().stream().map(q -> q.speaker() == null || !ids.containsKey(q.speaker().id()) ? q
                : new Quote(new Speaker(ids.get(q.speaker().id()), q.speaker().name()), q.text(), q.start(), q.end(),
                        q.sentenceIndex(), q.indirect())).toList();
        return new Annotations(annotations.sentences(), entities, annotations.times(), quotes, annotations.quantities());
    }

    /** 0 when these cannot be one person; otherwise how many of role, affiliation, country agree. */
    private static int agreement(Spelled known, PersonName spelled, String role, String affiliation, String country) {
        KnownPerson p = known.person();
        if (!known.name().givenCompatible(spelled)) {
            return 0;
        }
        if (p.country() != null && country != null && !p.country().equals(country)) {
            return 0;
        }
        int score = 0;
        score += agrees(p.role(), role) ? 1 : 0;
        score += agrees(p.affiliation(), affiliation) ? 1 : 0;
        score += agrees(p.country(), country) ? 1 : 0;
        if (score == 0 && sameName(known.name(), spelled)) {
            return 1;
        }
        return score;
    }

    private static boolean agrees(String known, String given) {
        return known != null && given != null && known.equalsIgnoreCase(given);
    }

    /** Identically spelled full names count as one person even with nothing else to compare. */
    private static boolean sameName(PersonName known, PersonName spelled) {
        return !known.given().isEmpty() && known.equals(spelled);
    }

    private String freshId(String name) {
        String base = "person:" + Slugs.of(name);
        String id = base;
        for (int n = 2; byId.containsKey(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private void remember(KnownPerson p) {
        Objects.requireNonNull(p.id(), "id");
        byId.put(p.id(), p);
        PersonName name = PersonName.of(p.name());
        bySurname.computeIfAbsent(name.surname(), k -> new ArrayList<>()).add(new Spelled(p, name));
    }
}
