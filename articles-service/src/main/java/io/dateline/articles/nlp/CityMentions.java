package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cities the gazetteer does not hold ("in Wolverhampton", "Ann Arbor, Michigan"), from {@link CityNames}.
 * A run of capitalised proper nouns no other finder took names a city when it is a city's exact name and
 * stands alone (not part of a longer name, not a surname after a given name). Many city names are also
 * words or surnames ("Reading", "Jackson"), so a city must once be used as a place in the text: after a
 * preposition of place, or followed by ", Country"; a city of a million or more needs no such use unless
 * its name is also a given name ("Charlotte").
 */
final class CityMentions {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "near", "outside", "into",
            "across", "around", "via", "inside", "visit", "visited", "visiting", "toward", "towards", "through");
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "central", "downtown",
            "northern", "southern", "eastern", "western", "greater", "suburban", "rural");
    private static final int WELL_KNOWN = 1_000_000;

    private final CityNames cities;
    private final NameCues cues;

    CityMentions(CityNames cities, NameCues cues) {
        this.cities = cities;
        this.cues = cues;
    }

    private record Found(Candidate candidate, boolean usedAsPlace) {
    }

    /** City mentions over tokens that no {@code known} candidate (sorted by start) covers. */
    List<Candidate> find(String text, List<Sentence> sentences, List<Candidate> known) {
        List<Found> found = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            Candidate[] covered = Coverage.of(tokens, known);
            for (int i = 0; i < tokens.size(); i++) {
                int last = cityAt(text, tokens, covered, i, found);
                i = Math.max(i, last);
            }
        }
        Set<String> placed = new HashSet<>();
        found.stream().filter(Found::usedAsPlace).forEach(f -> placed.add(f.candidate().id()));
        List<Candidate> out = new ArrayList<>();
        for (Found f : found) {
            if (placed.contains(f.candidate().id())) {
                out.add(f.candidate());
            }
        }
        return out;
    }

    /** Looks for a city starting at token i; returns its last token, or -1. */
    private int cityAt(String text, List<Token> tokens, Candidate[] covered, int i, List<Found> found) {
        if (!startsName(tokens, i) || covered[i] != null || (i > 0 && partOfName(tokens.get(i - 1)))
                || (i > 0 && cues.isGivenName(tokens.get(i - 1).text()))) {
            return -1;
        }
        for (int last = Math.min(tokens.size(), i + cities.maxWords()) - 1; last >= i; last--) {
            if (covered[last] != null || (last + 1 < tokens.size() && partOfName(tokens.get(last + 1)))) {
                continue;
            }
            if (!capitalised(tokens.get(last))) {
                continue;
            }
            CityNames.City city = cities.named(text.substring(tokens.get(i).start(), tokens.get(last).end()));
            if (city != null) {
                Candidate c = new Candidate(tokens.get(i).start(), tokens.get(last).end(), "location:" + Slugs.of(city.name()),
                        city.name(), EntityType.LOCATION, city.country(), null, null);
                found.add(new Found(c, usedAsPlace(tokens, covered, i, last, city)));
                return last;
            }
        }
        return -1;
    }

    private boolean usedAsPlace(List<Token> tokens, Candidate[] covered, int first, int last, CityNames.City city) {
        boolean oneWord = first == last;
        if (city.population() >= WELL_KNOWN && !(oneWord && cues.isGivenName(tokens.get(first).text()))) {
            return true;
        }
        if (afterPlacePreposition(tokens, first)) {
            return true;
        }
        // "Ann Arbor, Michigan": a comma, then a place the gazetteer knows
        return last + 2 < tokens.size() && tokens.get(last + 1).text().equals(",") && covered[last + 2] != null
                && (covered[last + 2].type() == EntityType.LOCATION || covered[last + 2].type() == EntityType.COUNTRY);
    }

    /** "in Wolverhampton", "in central Madrid", "at the Wolverhampton depot": a preposition of place, maybe two modifiers between. */
    static boolean afterPlacePreposition(List<Token> tokens, int first) {
        for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
            Token t = tokens.get(i);
            if (PLACE_PREPOSITIONS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            boolean modifier = t.pos() != null && (t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("RB"))
                    || COMPASS.contains(t.text());
            if (!modifier || Character.isUpperCase(t.text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** A capitalised word; at the start of a sentence, only a proper noun (the tagger often misreads names elsewhere). */
    private static boolean startsName(List<Token> tokens, int i) {
        return capitalised(tokens.get(i)) && (i > 0 || tokens.get(i).isProperNoun());
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.text().charAt(0));
    }

    /** A capitalised word that may continue a name ("Brandon Guyer"), not a weekday, month or sentence opener. */
    private boolean partOfName(Token t) {
        return capitalised(t) && !cues.isNotName(t.text());
    }
}
