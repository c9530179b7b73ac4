package io.dateline.events.extract;

/** Polarity and modality read for one trigger. */
record Stance(boolean negated, Modality modality) {
}
