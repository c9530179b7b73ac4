package io.dateline.events.extract;

import io.dateline.events.feed.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where an event happens: the first locative phrase after the trigger in its clause (else anywhere
 * before it) whose noun phrase names a place entity or a place noun ("to the Baltic Sea and Lithuania",
 * "on the eastern flank"), or, after "in" or "at", a proper name no annotator knew ("in Croydon").
 * Coordinated places stay in one phrase.
 */
final class PlaceFinder {

    private final Cues cues;

    PlaceFinder(Cues cues) {
        this.cues = cues;
    }

    Place find(SentenceView s, int head, int clauseEnd) {
        Place after = scan(s, head + 1, Math.min(s.size() - 1, clauseEnd));
        return after != null ? after : scan(s, 0, head - 1);
    }

    private Place scan(SentenceView s, int from, int to) {
        for (int i = Math.max(0, from); i <= to; i++) {
            if ((s.pos(i).equals("IN") || s.pos(i).equals("TO")) && cues.is("locative", s, i) && !opensIdiom(s, i)) {
                Place p = phraseAt(s, i);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private boolean opensIdiom(SentenceView s, int prep) {
        return prep + 1 < s.size() && cues.is("idiom", s.lower(prep + 1));
    }

    private Place phraseAt(SentenceView s, int prep) {
        int end = prep + 1;
        List<String> ids = new ArrayList<>();
        String country = null;
        boolean placeNoun = false;
        boolean unknownName = false;
        while (end < s.size() && (inPhrase(s, end) || joinsPlaces(s, end))) {
            unknownName |= s.pos(end).startsWith("NNP") && s.entity(end) == null && !cues.is("calendar", s, end);
            Entity e = s.entity(end);
            if (e != null && isPlace(e)) {
                if (!ids.contains(e.id())) {
                    ids.add(e.id());
                }
                country = country == null ? e.country() : country;
            }
            placeNoun |= s.pos(end).startsWith("NN") && cues.is("place", s, end);
            end++;
        }
        // a proper name no annotator knew, after "in" or "at", is most likely a place ("in Croydon")
        boolean unknownPlace = ids.isEmpty() && unknownName && cues.is("setting", s, prep) && !namesSomeoneElse(s, prep + 1, end);
        if (!placeNoun && !unknownPlace && (ids.isEmpty() || s.lower(prep).equals("on"))) {
            return null;
        }
        while (end > prep + 1 && !s.pos(end - 1).startsWith("NN") && s.entity(end - 1) == null) {
            end--;
        }
        return new Place(s.span(prep, end), s.span(prep + 1, end), ids, country);
    }

    /** True when the phrase's last word belongs to a person or organisation ("in Smith", not "outside Trump Tower"). */
    private static boolean namesSomeoneElse(SentenceView s, int from, int to) {
        int last = to - 1;
        while (last > from && !s.pos(last).startsWith("NN")) {
            last--;
        }
        return s.entity(last) != null && !isPlace(s.entity(last));
    }

    private static boolean isPlace(Entity e) {
        return "LOCATION".equals(e.type()) || "COUNTRY".equals(e.type());
    }

    private static boolean inPhrase(SentenceView s, int i) {
        String p = s.pos(i);
        return s.entity(i) != null || p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD")
                || p.equals("POS") || p.equals("HYPH") || p.equals("PRP$");
    }

    /**
     * "and" or "," followed by another place named by a noun continues the phrase; an adjective
     * ("to Lithuania, the Danish defence ministry said") starts something else.
     */
    private static boolean joinsPlaces(SentenceView s, int i) {
        if (!(s.lower(i).equals("and") || s.lower(i).equals(","))) {
            return false;
        }
        for (int k = i + 1; k < Math.min(s.size(), i + 4); k++) {
            if (s.entity(k) != null) {
                return isPlace(s.entity(k)) && s.pos(k).startsWith("NN");
            }
            if (!inPhrase(s, k)) {
                return false;
            }
        }
        return false;
    }
}
