package io.dateline.articles.nlp.time;

/**
 * A time expression in a text, normalised against the publication date.
 * {@code value} is "2022-01-24" (DAY), "2022-W04" (WEEK), "2022-01" (MONTH) or "2022" (YEAR).
 */
public record TimeExpression(int start, int end, String text, String value, Granularity granularity) {

    public enum Granularity { DAY, WEEK, MONTH, YEAR }
}
