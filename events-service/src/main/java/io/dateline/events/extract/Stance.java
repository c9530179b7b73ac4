package io.dateline.events.extract;

/** Polarity and modality read for one trigger; {@code conditional} when an "if" or "unless" clause follows it. */
record Stance(boolean negated, Modality modality, boolean conditional) {
}
