package io.dateline.events.extract;

import io.dateline.events.feed.Quote;
import java.util.List;

/**
 * Who a sentence attributes an event to: the speaker of an annotated quote covering the trigger, else
 * the subject of a reporting verb before it ("X said Y will ..."), else the source after it
 * ("..., X said", "according to X").
 */
final class Attribution {

    private final Cues cues;
    private final RoleFinder roles;
    private final ParticipantFactory participants;

    Attribution(Cues cues, RoleFinder roles, ParticipantFactory participants) {
        this.cues = cues;
        this.roles = roles;
        this.participants = participants;
    }

    Participant reporter(SentenceView s, int head, List<Quote> quotes) {
        int offset = s.startOffset(head);
        for (Quote q : quotes) {
            if (q.speaker() != null && q.start() <= offset && offset < q.end()) {
                return participants.byId(q.speaker().id(), q.speaker().name());
            }
        }
        for (int r = head - 1; r >= 0; r--) {
            if (isReporting(s, r)) {
                return roles.subject(s, r, null);
            }
        }
        for (int r = head + 1; r < s.size(); r++) {
            if (isReporting(s, r) || s.lower(r).equals("according")) {
                return sourceNear(s, r);
            }
        }
        return null;
    }

    private boolean isReporting(SentenceView s, int i) {
        return cues.is("report", s, i) && s.isVerb(i);
    }

    private Participant sourceNear(SentenceView s, int verb) {
        for (int j = verb + 1; j < Math.min(s.size(), verb + 6); j++) {
            if (s.entity(j) != null) {
                return participants.of(s.entity(j));
            }
        }
        Participant before = roles.subject(s, verb, null);
        return before;
    }
}
