package io.dateline.events.extract;

/**
 * Reads negation and modality from the words between an event's subject and its trigger ("will not
 * deploy", "has no intention of sending", "is contemplating sending", "denies sending"), and from an
 * "if"/"unless" clause the trigger sits in. "would" after a reporting verb is reported future (planned),
 * otherwise it is hypothetical.
 */
final class StanceReader {

    private static final int REACH = 8;

    private final Cues cues;

    StanceReader(Cues cues) {
        this.cues = cues;
    }

    Stance read(SentenceView s, Trigger trigger, int head, int regionStart) {
        boolean negated = false;
        Modality modality = Modality.ASSERTED;
        int from = Math.max(Math.max(0, regionStart), head - REACH);
        for (int i = from; i < head; i++) {
            if (trigger.covers(i)) {
                continue;
            }
            if (cues.is("negation", s, i)) {
                negated = true;
            }
            modality = modality.max(cue(s, i, head));
        }
        if (s.lower(head).equals("no") || (head > 0 && s.lower(head - 1).equals("no") && !trigger.covers(head - 1))) {
            negated = true;
        }
        if (insideCondition(s, head)) {
            modality = modality.max(Modality.HYPOTHETICAL);
        }
        return new Stance(negated, modality, conditionFollows(s, head));
    }

    private Modality cue(SentenceView s, int i, int head) {
        if (cues.is("denied", s, i)) {
            return Modality.DENIED;
        }
        if (cues.is("hypothetical", s, i)) {
            return s.lower(i).equals("would") && reportedBefore(s, i) ? Modality.PLANNED : Modality.HYPOTHETICAL;
        }
        if (cues.is("considered", s, i) && s.isVerb(i) || cues.is("considered-noun", s, i)) {
            return Modality.CONSIDERED;
        }
        if (cues.is("planned", s, i)) {
            return Modality.PLANNED;
        }
        if (s.lower(i).equals("going") && i + 1 < head && s.lower(i + 1).equals("to")) {
            return Modality.PLANNED;
        }
        return Modality.ASSERTED;
    }

    private boolean reportedBefore(SentenceView s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (cues.is("report", s, j) && s.isVerb(j)) {
                return true;
            }
        }
        return false;
    }

    private boolean conditionFollows(SentenceView s, int head) {
        for (int j = head + 1; j < s.size(); j++) {
            if (cues.is("condition", s, j)) {
                return true;
            }
        }
        return false;
    }

    /** True when an "if" or "unless" opens the clause the trigger is in. */
    private boolean insideCondition(SentenceView s, int head) {
        for (int j = head - 1; j >= 0; j--) {
            if (cues.is("condition", s, j)) {
                return true;
            }
            if (s.isHardBreak(j) || s.lower(j).equals(",")) {
                return false;
            }
        }
        return false;
    }
}
