package io.dateline.events.extract;

/** The sentence an event was read from. */
public record Evidence(String articleId, int sentenceIndex, String text) {
}
