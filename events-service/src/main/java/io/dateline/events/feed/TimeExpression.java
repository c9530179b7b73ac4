package io.dateline.events.feed;

/** A time expression normalised against the publication date: {@code value} is 2022-01-24, 2022-W04, 2022-01 or 2022. */
public record TimeExpression(int start, int end, String text, String value, String granularity) {
}
