package io.dateline.events.extract;

/**
 * When an event happens: {@code value} as in the time annotations (2022-01-24, 2022-W04, 2022-01, 2022),
 * {@code text} the time phrase of its clause, or null when the date comes from the publication date
 * ({@code fromContext}), which is then one step coarser (the week of publication).
 */
public record EventDate(String value, String granularity, String text, boolean fromContext) {
}
