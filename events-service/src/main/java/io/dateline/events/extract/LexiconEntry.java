package io.dateline.events.extract;

import java.util.Set;

/**
 * One line of the event lexicon: a pattern, the PLOVER type and mode it codes, and its role frame flags:
 * {@code control} (the verb governs a complement, "threatened to cut off", whose own triggers it absorbs),
 * {@code mutual} (a compound subject acts jointly: "A and B held talks") and {@code passive} (the grammatical
 * subject is the recipient: "was attacked").
 */
record LexiconEntry(PloverType type, String mode, TriggerPattern pattern, Set<String> flags, String source) {

    boolean has(String flag) {
        return flags.contains(flag);
    }
}
