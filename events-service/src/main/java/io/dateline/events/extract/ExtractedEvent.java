package io.dateline.events.extract;

/**
 * One coded event read from one sentence. {@code reportedBy} is who the sentence attributes it to
 * ("X said Y will do Z": Y is the actor, X reported it); {@code trigger} is the matched text.
 */
public record ExtractedEvent(PloverType type, String mode, Participant actor, Participant recipient, Place location,
                             EventDate date, Amount amount, boolean negated, Modality modality,
                             Participant reportedBy, String trigger, Evidence evidence, String summary) {
}
