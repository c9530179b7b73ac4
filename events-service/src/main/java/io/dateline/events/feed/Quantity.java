package io.dateline.events.feed;

/** A counted amount in the text ("8,500 troops"). */
public record Quantity(Double value, String unit, String text, int start, int end) {
}
