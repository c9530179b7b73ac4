package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gazetteer names in the text: the longest form starting at a token and ending at a token end.
 * A capital after a preposition of place ("in Moscow", "in central Moscow") is the city, not the government; a capital
 * inside a longer proper name ("Washington Post", "George Washington") or a one-word name after a
 * given name ("Michael Jordan") is not matched; a
 * contextual form ("the Alliance") needs its entity named elsewhere.
 */
final class GazetteerMentions {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "near", "outside", "into",
            "across", "around", "via", "inside", "visit", "visited", "visiting", "toward", "towards", "through");

    private final Gazetteer gazetteer;
    private final NameCues cues;

    GazetteerMentions(Gazetteer gazetteer, NameCues cues) {
        this.gazetteer = gazetteer;
        this.cues = cues;
    }

    List<Candidate> find(String text, List<Sentence> sentences) {
        List<Candidate> found = new ArrayList<>();
        List<Gazetteer.Match> contextual = new ArrayList<>();
        for (Sentence s : sentences) {
            findIn(text, s.tokens(), found, contextual);
        }
        Set<String> named = new HashSet<>();
        found.forEach(c -> named.add(c.id()));
        for (Gazetteer.Match m : contextual) {
            if (named.contains(m.entry().id())) {
                found.add(candidate(text, m, m.entry().id(), m.entry().type()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private void findIn(String text, List<Token> tokens, List<Candidate> found, List<Gazetteer.Match> contextual) {
        for (int i = 0; i < tokens.size(); i++) {
            Gazetteer.Match match = longestAt(text, tokens, i);
            if (match == null) {
                continue;
            }
            int last = lastTokenOf(tokens, i, match.end());
            if (match.entry().contextual()) {
                if (Character.isUpperCase(text.charAt(match.start())) && precededByThe(tokens, i)) {
                    contextual.add(match);
                }
            } else if (!surnameAfterGivenName(tokens, i, last)
                    && (match.entry().kind() != GazetteerEntry.Kind.CAPITAL || !insideLongerName(tokens, i, last))) {
                found.add(resolve(text, tokens, i, match));
            }
            i = last;
        }
    }

    private Gazetteer.Match longestAt(String text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        int limit = tokens.get(tokens.size() - 1).end();
        Gazetteer.Match best = null;
        int j = i;
        for (Gazetteer.Match m : gazetteer.formsAt(text, first.start(), limit)) {
            while (j < tokens.size() && tokens.get(j).end() < m.end()) {
                j++;
            }
            if (j < tokens.size() && (tokens.get(j).end() == m.end() || beforeHyphen(text, m.end()))) {
                best = m;
            }
        }
        return best;
    }

    /** "Vietnamese-led", "Israeli-occupied": a name glued to a lower-case word by a hyphen. */
    private static boolean beforeHyphen(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLowerCase(text.charAt(end + 1));
    }

    private static int lastTokenOf(List<Token> tokens, int i, int end) {
        int j = i;
        while (tokens.get(j).end() < end) {
            j++;
        }
        return j;
    }

    private Candidate resolve(String text, List<Token> tokens, int i, Gazetteer.Match m) {
        GazetteerEntry e = m.entry();
        if (e.kind() == GazetteerEntry.Kind.CAPITAL && i > 0
                && (PLACE_PREPOSITIONS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                    || CityMentions.afterPlacePreposition(tokens, i))) {
            String city = text.substring(m.start(), m.end());
            return candidate(text, m, "location:" + Slugs.of(city), EntityType.LOCATION);
        }
        return candidate(text, m, e.id(), e.type());
    }

    private static Candidate candidate(String text, Gazetteer.Match m, String id, EntityType type) {
        GazetteerEntry e = m.entry();
        String name = type == e.type() ? e.name() : text.substring(m.start(), m.end());
        return new Candidate(m.start(), m.end(), id, name, type, e.country(), e.role(), e.affiliation());
    }

    private static boolean precededByThe(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("the");
    }

    /** "Michael Jordan", "Jessica Chad": a one-word place name right after a given name is a surname. */
    private boolean surnameAfterGivenName(List<Token> tokens, int first, int last) {
        return first == last && first > 0 && cues.isGivenName(tokens.get(first - 1).text());
    }

    /** "Washington Post", "George Washington": a capital touching other capitalised words. */
    private static boolean insideLongerName(List<Token> tokens, int first, int last) {
        return (last + 1 < tokens.size() && capitalisedName(tokens.get(last + 1)))
                || (first > 0 && capitalisedName(tokens.get(first - 1)));
    }

    private static boolean capitalisedName(Token t) {
        return t.isProperNoun() && Character.isUpperCase(t.text().charAt(0));
    }
}
