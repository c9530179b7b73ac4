package io.dateline.events.feed;

/** A token with its Penn Treebank tag and lemma (lower case except for proper nouns). */
public record Token(int start, int end, String text, String pos, String lemma) {
}
