package io.dateline.articles.nlp;

/** One place in the text where an entity is named. */
public record Mention(int start, int end, String text) {
}
