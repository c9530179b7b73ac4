package io.dateline.events.extract;

import io.dateline.events.feed.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who acts and who is acted upon. The actor is the nearest entity before the trigger that is not
 * inside a prepositional phrase (else the nearest one, else the subject noun phrase); a subject pronoun
 * after a reporting verb is its speaker ("Japan said it had halted aid"). The recipient is the first other
 * entity after the trigger in its clause, outside locative phrases. "A and B" becomes a compound participant.
 */
final class RoleFinder {

    private static final int RECIPIENT_REACH = 14;

    private final Cues cues;
    private final ParticipantFactory participants;

    RoleFinder(Cues cues, ParticipantFactory participants) {
        this.cues = cues;
        this.participants = participants;
    }

    /**
     * The subject of the verb at {@code head}: a participant, or null. {@code previous} resolves a pronoun
     * with nothing before it. An infinitive of purpose ("began a strike to demand") has the subject of the
     * verb it depends on.
     */
    Participant subject(SentenceView s, int head, Participant previous) {
        int governing = governingVerb(s, head);
        return nearestSubject(s, governing >= 0 ? governing : head, previous);
    }

    private static int governingVerb(SentenceView s, int head) {
        if (head < 2 || !s.pos(head - 1).equals("TO") || !s.pos(head).equals("VB")) {
            return -1;
        }
        for (int j = head - 2; j >= Math.max(0, head - 10); j--) {
            if (s.isHardBreak(j) || s.lower(j).equals(",")) {
                return -1;
            }
            if (s.hasPos(j, 'V') && !s.pos(j).equals("VBN") && !s.lemma(j).equals("be")) {
                return j;
            }
        }
        return -1;
    }

    private Participant nearestSubject(SentenceView s, int head, Participant previous) {
        int fallbackEntity = -1;
        int nounPhrase = -1;
        int runStart = -2;
        for (int j = head - 1; j >= 0; j--) {
            if (s.isHardBreak(j) || isDash(s, j) && nounPhrase >= 0) {
                break; // a dash or bracket before the subject ends a dateline or a caption ("LONDON -- Seven people were...")
            }
            if (s.entity(j) != null) {
                int start = s.mentionStart(j);
                if (!afterPreposition(s, start)) {
                    return expandLeft(s, start, s.entity(j));
                }
                // a place named in a prepositional phrase ("in downtown Denver") is a setting, not a fallback actor
                boolean setting = "LOCATION".equals(s.entity(j).type());
                fallbackEntity = fallbackEntity < 0 && !setting ? j : fallbackEntity;
                j = start;
            } else if (isSubjectPronoun(s, j) && fallbackEntity < 0) {
                return resolvePronoun(s, j, previous);
            } else if (s.pos(j).startsWith("NN") && !afterPreposition(s, phraseStart(s, j))) {
                nounPhrase = runStart == j + 1 ? nounPhrase : j;
                runStart = j;
            }
        }
        if (fallbackEntity >= 0) {
            return participants.of(s.entity(fallbackEntity));
        }
        return nounPhrase < 0 ? null : participants.unlinked(s.span(withQuantifier(s, phraseStart(s, nounPhrase)), nounPhrase + 1));
    }

    /** The agent of a passive verb ("by X"), or null. */
    Participant agent(SentenceView s, int head, int clauseEnd) {
        for (int j = head + 1; j <= clauseEnd && j < s.size(); j++) {
            if (s.lower(j).equals("by") && j + 1 < s.size()) {
                for (int k = j + 1; k <= Math.min(clauseEnd, j + 4); k++) {
                    if (s.entity(k) != null) {
                        return expandRight(s, k);
                    }
                }
            }
        }
        return null;
    }

    /** The first entity after {@code head} that is not the actor and not a place the event happens in. */
    Participant recipient(SentenceView s, int head, int clauseEnd, Participant actor) {
        int end = Math.min(clauseEnd, head + RECIPIENT_REACH);
        for (int j = head + 1; j <= end && j < s.size(); j++) {
            Entity e = s.entity(j);
            if (e == null) {
                continue;
            }
            int start = s.mentionStart(j);
            boolean locative = preposition(s, start) != null && cues.is("setting", preposition(s, start));
            if (!locative && !sameEntity(actor, e)) {
                return expandRight(s, j);
            }
            j = s.mentionEnd(j) - 1;
        }
        return people(s, head, end);
    }

    /** Without a named recipient, an object phrase of people ("at least seven people", "civilians") is one. */
    private Participant people(SentenceView s, int head, int end) {
        for (int j = head + 1; j <= end && j < s.size(); j++) {
            if (s.isPunctuation(j) || s.isVerb(j) && j > head + 1) {
                return null;
            }
            if (s.pos(j).startsWith("NN") && cues.is("people", s, j)) {
                int start = phraseStart(s, j);
                while (start > head + 1 && (s.lower(start - 1).equals("least") || s.lower(start - 1).equals("at")
                        || s.lower(start - 1).equals("more") || s.lower(start - 1).equals("than"))) {
                    start--;
                }
                return participants.unlinked(s.span(start, j + 1));
            }
        }
        return null;
    }

    private static boolean sameEntity(Participant actor, Entity e) {
        return actor != null && actor.parts().stream().anyMatch(p -> e.id().equals(p.entityId()));
    }

    private Participant resolvePronoun(SentenceView s, int pronoun, Participant previous) {
        for (int r = pronoun - 1; r >= 0; r--) {
            if (cues.is("report", s, r) && s.isVerb(r)) {
                Participant speaker = subject(s, r, previous);
                if (speaker != null) {
                    return speaker;
                }
            }
        }
        for (int j = pronoun - 1; j >= 0; j--) {
            if (s.entity(j) != null && !afterPreposition(s, s.mentionStart(j))) {
                return expandLeft(s, s.mentionStart(j), s.entity(j));
            }
        }
        return previous;
    }

    private boolean isSubjectPronoun(SentenceView s, int j) {
        return s.pos(j).equals("PRP") && cues.is("pronoun", s, j);
    }

    /** "Spain and France": joins the entity ending at {@code start} with one before "and" or ",". */
    private Participant expandLeft(SentenceView s, int start, Entity entity) {
        List<Participant> parts = new ArrayList<>();
        parts.add(placed(s, start, participants.of(entity)));
        int i = phraseStart(s, start) - 1;
        while (i > 0 && (s.lower(i).equals("and") || s.lower(i).equals(","))) {
            int j = i - 1;
            while (j >= 0 && s.entity(j) == null && isModifier(s, j)) {
                j--;
            }
            if (j < 0 || s.entity(j) == null || afterPreposition(s, s.mentionStart(j))) {
                break;
            }
            parts.add(0, placed(s, s.mentionStart(j), participants.of(s.entity(j))));
            i = phraseStart(s, s.mentionStart(j)) - 1;
        }
        return parts.size() == 1 ? parts.get(0) : Participant.compound(distinct(parts));
    }

    private Participant expandRight(SentenceView s, int j) {
        List<Participant> parts = new ArrayList<>();
        parts.add(placed(s, s.mentionStart(j), participants.of(s.entity(j))));
        int i = s.mentionEnd(j);
        while (i < s.size() && (s.lower(i).equals("and") || s.lower(i).equals(","))) {
            int k = i + 1;
            while (k < s.size() && s.entity(k) == null && isModifier(s, k)) {
                k++;
            }
            if (k >= s.size() || s.entity(k) == null) {
                break;
            }
            parts.add(placed(s, s.mentionStart(k), participants.of(s.entity(k))));
            i = s.mentionEnd(k);
        }
        return parts.size() == 1 ? parts.get(0) : Participant.compound(distinct(parts));
    }

    /**
     * A person or organisation without a country takes the one its noun phrase names before it:
     * "the Ivory Coast's Supreme Court", "Russian President Putin".
     */
    private static Participant placed(SentenceView s, int start, Participant p) {
        if (p.country() != null) {
            return p;
        }
        for (int j = start - 1; j >= Math.max(0, start - 4); j--) {
            Entity e = s.entity(j);
            if (e != null && e.country() != null) {
                return new Participant(p.name(), p.entityId(), p.entityType(), e.country(), p.affiliation(), p.members());
            }
            boolean inPhrase = e != null || s.lower(j).equals("'s") || s.pos(j).equals("NNP") || s.pos(j).startsWith("JJ")
                    || s.pos(j).equals("NN");
            if (!inPhrase) {
                break;
            }
        }
        return p;
    }

    private static List<Participant> distinct(List<Participant> parts) {
        List<Participant> out = new ArrayList<>();
        for (Participant p : parts) {
            if (out.stream().noneMatch(o -> o.entityId() != null && o.entityId().equals(p.entityId()))) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isModifier(SentenceView s, int j) {
        String p = s.pos(j);
        return p.equals("DT") || p.startsWith("JJ") || p.equals("NNP") || p.equals("NNPS");
    }

    /** The first token of the noun phrase ending at {@code j}. */
    static int phraseStart(SentenceView s, int j) {
        int i = j;
        while (i > 0) {
            String p = s.pos(i - 1);
            boolean inPhrase = p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD")
                    || p.equals("POS") || p.equals("PRP$") || s.entity(i - 1) != null;
            if (!inPhrase) {
                break;
            }
            i--;
        }
        return i;
    }

    private static boolean isDash(SentenceView s, int j) {
        String t = s.lower(j);
        return t.equals("--") || t.equals("—") || t.equals("–");
    }

    /** Widens a noun phrase's start over "at least" or "more than" ("at least seven people"). */
    private static int withQuantifier(SentenceView s, int start) {
        if (start >= 1 && s.lower(start - 1).equals("at") && s.lower(start).equals("least")) {
            return start - 1;
        }
        if (start >= 2 && s.lower(start - 1).equals("than") && Set.of("more", "fewer", "less").contains(s.lower(start - 2))) {
            return start - 2;
        }
        return start;
    }

    private static String preposition(SentenceView s, int mentionStart) {
        int i = phraseStart(s, mentionStart) - 1;
        if (i >= 0 && i + 1 < s.size() && s.lower(i).equals("at") && s.lower(i + 1).equals("least")) {
            return null; // "at least seven people" is a number, not a place
        }
        return i >= 0 && (s.pos(i).equals("IN") || s.pos(i).equals("TO")) ? s.lower(i) : null;
    }

    private boolean afterPreposition(SentenceView s, int mentionStart) {
        String p = preposition(s, mentionStart);
        return p != null && !cues.is("complementizer", p);
    }
}
