package io.dateline.articles.nlp;

/** A counted thing events need: "8,500 troops" is value 8500, unit "troops". */
public record Quantity(double value, String unit, String text, int start, int end) {
}
