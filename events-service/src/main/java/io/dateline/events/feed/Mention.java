package io.dateline.events.feed;

/** Where an entity is named in the text. */
public record Mention(int start, int end, String text) {
}
