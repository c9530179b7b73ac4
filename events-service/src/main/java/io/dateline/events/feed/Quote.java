package io.dateline.events.feed;

/** Who said what: the quoted text span and its speaker; {@code indirect} for reported speech. */
public record Quote(Speaker speaker, String text, int start, int end, int sentenceIndex, boolean indirect) {

    /** The entity a quote is attributed to. */
    public record Speaker(String id, String name) {
    }
}
