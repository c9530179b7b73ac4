package io.dateline.articles.nlp;

import java.util.List;

/** A sentence span and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    Sentence withTokens(List<Token> newTokens) {
        return new Sentence(start, end, newTokens);
    }
}
