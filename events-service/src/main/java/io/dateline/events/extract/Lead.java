package io.dateline.events.extract;

/**
 * An article's main event as Giveme5W1H's 5W: who, what, when, where, with why and how when the
 * text says them (else null). {@code when} is the phrase, {@code day} its ISO value when known.
 */
public record Lead(String who, String what, String when, String day, String where, String why, String how,
                   ExtractedEvent event) {
}
