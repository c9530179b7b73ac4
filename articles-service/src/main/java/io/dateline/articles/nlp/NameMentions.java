package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People and organisations in no list, found by pattern over runs of capitalised words:
 * "[affiliation] role Name" ("Russian Foreign Minister Sergei Lavrov"), "Name, [the] role"
 * (an apposition), a run starting with a given name, and a run ending in an organisation word
 * ("Defence Ministry"). Gazetteer names already found are affiliations, never parts of a run.
 */
final class NameMentions {

    private static final Set<String> CONNECTORS = Set.of("al", "bin", "ibn", "de", "van", "von", "der", "da", "di",
            "du", "la", "le", "el", "dos", "das", "del", "of", "for", "and");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "his", "her", "their");
    private static final Set<String> ROLE_MODIFIERS = Set.of("former", "then", "new", "acting", "deputy", "chief",
            "top", "senior", "interim", "outgoing", "incoming", "current");

    private final Roles roles;
    private final NameCues cues;

    NameMentions(Roles roles, NameCues cues) {
        this.roles = roles;
        this.cues = cues;
    }

    List<Candidate> find(String text, String lower, List<Sentence> sentences, List<Candidate> known) {
        List<Candidate> found = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            Candidate[] covered = Coverage.of(tokens, known);
            for (int i = 0; i < tokens.size(); i++) {
                if (covered[i] == null) {
                    i = atToken(text, lower, tokens, covered, i, found);
                }
            }
        }
        return found;
    }

    /** Looks for a name at token i; returns the last token it used. */
    private int atToken(String text, String lower, List<Token> tokens, Candidate[] covered, int i, List<Candidate> out) {
        Roles.Found role = roles.at(lower, tokens, i);
        if (role != null) {
            int[] run = personPart(tokens, run(tokens, role.last() + 1, covered));
            if (run == null || hasOrganisationWord(tokens, run)) {
                return role.last();
            }
            Candidate affiliation = affiliationBefore(tokens, covered, i);
            out.add(person(text, tokens, run, role.honorific() ? null : role.role(), affiliation));
            return run[1];
        }
        int[] run = run(tokens, i, covered);
        if (run == null) {
            return i;
        }
        if (hasOrganisationWord(tokens, run)) {
            if (run[1] > run[0]) {
                Candidate organisation = organisation(text, tokens, run, affiliationBefore(tokens, covered, i));
                out.add(organisation);
                for (int k = run[0]; k <= run[1]; k++) {
                    covered[k] = organisation;
                }
            }
            return run[1];
        }
        Apposition apposition = apposition(lower, tokens, covered, run[1] + 1);
        if (apposition != null && personPart(tokens, run) != null) {
            out.add(person(text, tokens, personPart(tokens, run), apposition.role(), apposition.affiliation()));
        } else if (run[1] > run[0] && !containsConnector(tokens, run, "of", "for", "and")
                && (cues.isGivenName(tokens.get(run[0]).text()) || nextIsSpeechVerb(tokens, run[1])
                    || (run[0] > 0 && cues.isSpeechVerb(tokens.get(run[0] - 1).text().toLowerCase())))) {
            out.add(person(text, tokens, run, null, null));
        }
        return run[1];
    }

    private record Apposition(String role, Candidate affiliation) {
    }

    /** ", the NATO secretary general" / ", a spokeswoman for" right after a name. */
    private Apposition apposition(String lower, List<Token> tokens, Candidate[] covered, int comma) {
        if (comma >= tokens.size() || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        int j = comma + 1;
        Candidate affiliation = null;
        for (int steps = 0; j < tokens.size() && steps < 4; steps++) {
            String w = tokens.get(j).text().toLowerCase();
            if (covered[j] != null) {
                affiliation = covered[j];
                while (j < tokens.size() && covered[j] == affiliation) {
                    j++;
                }
                if (j < tokens.size() && tokens.get(j).pos().equals("POS")) {
                    j++;
                }
            } else if (ARTICLES.contains(w) || ROLE_MODIFIERS.contains(w)) {
                j++;
            } else {
                break;
            }
        }
        if (j >= tokens.size()) {
            return null;
        }
        Roles.Found role = roles.at(lower, tokens, j);
        if (role == null || role.honorific()) {
            return null;
        }
        return new Apposition(role.role(), affiliation != null ? affiliation : affiliationAfter(tokens, covered, role.last()));
    }

    /** "spokeswoman for the Kremlin", "secretary general of NATO". */
    private static Candidate affiliationAfter(List<Token> tokens, Candidate[] covered, int last) {
        int j = last + 1;
        if (j < tokens.size() && (tokens.get(j).text().equals("of") || tokens.get(j).text().equals("for"))) {
            j++;
            if (j < tokens.size() && tokens.get(j).text().equalsIgnoreCase("the")) {
                j++;
            }
            return j < tokens.size() ? covered[j] : null;
        }
        return null;
    }

    private static Candidate affiliationBefore(List<Token> tokens, Candidate[] covered, int i) {
        int j = i - 1;
        if (j >= 0 && tokens.get(j).pos().equals("POS")) {
            j--;
        }
        while (j >= 0 && ROLE_MODIFIERS.contains(tokens.get(j).text().toLowerCase())) {
            j--;
        }
        return j >= 0 ? covered[j] : null;
    }

    /** A run of capitalised words from {@code from}, as [first, last], or null. */
    private int[] run(List<Token> tokens, int from, Candidate[] covered) {
        int j = from;
        int last = -1;
        while (j < tokens.size() && covered[j] == null) {
            Token t = tokens.get(j);
            if (nameWord(t, j == 0)) {
                last = j;
            } else if (!(last >= 0 && CONNECTORS.contains(t.text()))) {
                break;
            }
            j++;
        }
        return last < 0 ? null : new int[] {from, last};
    }

    /** A person's name ends before "of", "for" or "and" ("Rabbi Ann Levy of Temple Beth"). */
    private static int[] personPart(List<Token> tokens, int[] run) {
        if (run == null) {
            return null;
        }
        for (int k = run[0]; k <= run[1]; k++) {
            String w = tokens.get(k).text();
            if (w.equals("of") || w.equals("for") || w.equals("and")) {
                return k > run[0] ? new int[] {run[0], k - 1} : null;
            }
        }
        return run;
    }

    private boolean nameWord(Token t, boolean sentenceStart) {
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || cues.isNotName(w)) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '.' && c != '\'' && c != '’') {
                return false;
            }
        }
        return !sentenceStart || t.isProperNoun();
    }

    private boolean hasOrganisationWord(List<Token> tokens, int[] run) {
        for (int k = run[0]; k <= run[1]; k++) {
            if (cues.isOrganisationWord(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsConnector(List<Token> tokens, int[] run, String... connectors) {
        for (int k = run[0]; k <= run[1]; k++) {
            for (String c : connectors) {
                if (tokens.get(k).text().equals(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean nextIsSpeechVerb(List<Token> tokens, int last) {
        return last + 1 < tokens.size() && cues.isSpeechVerb(tokens.get(last + 1).text().toLowerCase());
    }

    private static Candidate person(String text, List<Token> tokens, int[] run, String role, Candidate affiliation) {
        int start = tokens.get(run[0]).start();
        int end = tokens.get(run[1]).end();
        String name = text.substring(start, end);
        return new Candidate(start, end, "person:" + Slugs.of(name), name, EntityType.PERSON,
                affiliation == null ? null : affiliation.country(), role, affiliation == null ? null : affiliation.id());
    }

    private static Candidate organisation(String text, List<Token> tokens, int[] run, Candidate affiliation) {
        int start = tokens.get(run[0]).start();
        int end = tokens.get(run[1]).end();
        String name = text.substring(start, end);
        String country = affiliation == null ? null : affiliation.country();
        String id = "org:" + (country == null ? "" : country.toLowerCase() + "-") + Slugs.of(name);
        return new Candidate(start, end, id, name, EntityType.ORGANIZATION, country, null, null);
    }
}
