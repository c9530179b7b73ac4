package io.dateline.articles.nlp;

/** A token: a span of the text with its Penn Treebank tag and lemma (lower case except proper nouns). */
public record Token(int start, int end, String text, String pos, String lemma) {

    Token withPos(String tag) {
        return new Token(start, end, text, tag, lemma);
    }

    Token withLemma(String lemmaOfToken) {
        return new Token(start, end, text, pos, lemmaOfToken);
    }

    boolean isProperNoun() {
        return pos != null && pos.startsWith("NNP");
    }
}
