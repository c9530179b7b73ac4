package io.dateline.events.extract;

/** How much of what an event involves: "8,500 troops" (8500, troops), "a frigate" (1, frigate), "fighter planes" (null, plane). */
public record Amount(Double value, String unit, String text) {
}
