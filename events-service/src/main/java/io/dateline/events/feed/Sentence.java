package io.dateline.events.feed;

import java.util.List;

/** A sentence: character offsets into the article text and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = tokens == null ? List.of() : tokens;
    }
}
