package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The country of a person no pattern tied to one: a head of state or government takes the one
 * country named in the same sentence ("President X ... in Sudan"); anybody takes the one country
 * named in the whole article. Where several countries are named, the country stays unknown.
 */
final class PersonCountries {

    private static final Set<String> HEAD_ROLES = Set.of("President", "Prime Minister", "King", "Queen", "Emir",
            "Sultan", "Chancellor", "Vice President", "Deputy Prime Minister", "Crown Prince", "Prince", "Leader");

    List<Candidate> assign(Document document, List<Candidate> candidates) {
        String only = onlyCountry(candidates, 0, Integer.MAX_VALUE);
        List<Candidate> assigned = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.type() != EntityType.PERSON || c.country() != null) {
                assigned.add(c);
                continue;
            }
            String country = only;
            if (country == null && c.role() != null && HEAD_ROLES.contains(c.role())) {
                int s = document.sentenceIndexAt(c.start());
                Sentence sentence = s < 0 ? null : document.sentences().get(s);
                country = sentence == null ? null : onlyCountry(candidates, sentence.start(), sentence.end());
            }
            assigned.add(country == null ? c : new Candidate(c.start(), c.end(), c.id(), c.name(), c.type(), country,
                    c.role(), c.affiliation()));
        }
        return assigned;
    }

    private static String onlyCountry(List<Candidate> candidates, int start, int end) {
        Set<String> countries = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.start() >= start && c.end() <= end && c.country() != null && c.type() != EntityType.PERSON) {
                countries.add(c.country());
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }
}
