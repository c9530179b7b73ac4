package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * Within one article, a surname alone ("Stoltenberg", "Mr. Stoltenberg") or a role alone ("the
 * Secretary General") refers to the person named in full elsewhere, when only one person fits.
 * A first word no surname claims ("Hua" for "Hua Chunying") refers back the same way.
 * People's role and affiliation are shared by all their mentions.
 */
final class PersonCoreference {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern REGNAL_NUMBER = Pattern.compile("I{1,3}|IV");

    private final Roles roles;

    PersonCoreference(Roles roles) {
        this.roles = roles;
    }

    List<Candidate> resolve(String lower, List<Sentence> sentences, List<Candidate> candidates) {
        Map<String, Candidate> people = fullNames(candidates);
        Map<String, List<Candidate>> bySurname = new HashMap<>();
        people.values().forEach(p -> bySurname.computeIfAbsent(surname(p.name()), k -> new ArrayList<>()).add(p));
        Map<String, List<Candidate>> byFirstWord = new HashMap<>();
        people.values().forEach(p -> byFirstWord.computeIfAbsent(firstWord(p.name()), k -> new ArrayList<>()).add(p));
        byFirstWord.forEach((word, list) -> bySurname.putIfAbsent(word, list));
        List<Candidate> resolved = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            resolved.add(c.type() == EntityType.PERSON ? asPerson(c, people, bySurname) : c);
        }
        resolved.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Candidate> added = new ArrayList<>();
        for (Sentence s : sentences) {
            Candidate[] covered = Coverage.of(s.tokens(), resolved);
            for (int i = 0; i < s.tokens().size(); i++) {
                if (covered[i] == null) {
                    i = referenceAt(lower, s.tokens(), i, people, bySurname, added);
                }
            }
        }
        resolved.addAll(added);
        resolved.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return resolved;
    }

    /** Each multi-word person once, with the first role and affiliation any mention gave. */
    private static Map<String, Candidate> fullNames(List<Candidate> candidates) {
        Map<String, Candidate> people = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON && c.name().contains(" ")) {
                people.merge(c.id(), c, PersonCoreference::enrich);
            }
        }
        return people;
    }

    private static Candidate enrich(Candidate a, Candidate b) {
        return new Candidate(a.start(), a.end(), a.id(), a.name(), a.type(),
                a.country() != null ? a.country() : b.country(), a.role() != null ? a.role() : b.role(),
                a.affiliation() != null ? a.affiliation() : b.affiliation());
    }

    private static Candidate asPerson(Candidate c, Map<String, Candidate> people, Map<String, List<Candidate>> bySurname) {
        Candidate full = people.get(c.id());
        if (full == null || full.name().equals(c.name())) {
            Candidate longer = uniqueLongerName(c.name(), people);
            full = longer != null ? longer : full;
        }
        if (full == null && !c.name().contains(" ")) {
            List<Candidate> same = bySurname.get(c.name().toLowerCase(Locale.ROOT));
            full = same != null && same.size() == 1 ? same.get(0) : null;
        }
        return full == null ? c : mentionOf(full, c.start(), c.end());
    }

    /** "De Graaf" for "Piet de Graaf": the one person whose full name ends with this one. */
    private static Candidate uniqueLongerName(String name, Map<String, Candidate> people) {
        String tail = " " + name.toLowerCase(Locale.ROOT);
        Candidate only = null;
        for (Candidate p : people.values()) {
            if (p.name().toLowerCase(Locale.ROOT).endsWith(tail)) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        return only;
    }

    private int referenceAt(String lower, List<Token> tokens, int i, Map<String, Candidate> people,
                            Map<String, List<Candidate>> bySurname, List<Candidate> out) {
        Token t = tokens.get(i);
        List<Candidate> same = Character.isUpperCase(t.text().charAt(0)) ? bySurname.get(t.text().toLowerCase(Locale.ROOT)) : null;
        if (same != null && same.size() == 1) {
            out.add(mentionOf(same.get(0), t.start(), t.end()));
            return i;
        }
        Roles.Found role = roles.at(lower, tokens, i);
        if (role == null || role.honorific()) {
            return i;
        }
        Candidate only = null;
        for (Candidate p : people.values()) {
            if (role.role().equals(p.role())) {
                if (only != null) {
                    return role.last();
                }
                only = p;
            }
        }
        if (only != null && i > 0 && isDeterminer(tokens.get(i - 1))) {
            out.add(mentionOf(only, t.start(), tokens.get(role.last()).end()));
        }
        return role.last();
    }

    private static boolean isDeterminer(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("the") || t.pos().equals("POS") || t.pos().equals("PRP$");
    }

    private static Candidate mentionOf(Candidate person, int start, int end) {
        return new Candidate(start, end, person.id(), person.name(), EntityType.PERSON, person.country(),
                person.role(), person.affiliation());
    }

    /** "Hua" of "Hua Chunying": names written surname first are referred to by their first word. */
    private static String firstWord(String name) {
        return name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT);
    }

    static String surname(String name) {
        String[] words = SPACES.split(name);
        String last = words[words.length - 1];
        if ((last.equals("Jr.") || last.equals("Sr.") || REGNAL_NUMBER.matcher(last).matches()) && words.length > 1) {
            last = words[words.length - 2];
        }
        return last.toLowerCase(Locale.ROOT);
    }
}
