package io.dateline.articles.nlp;

/** Words attributed to a speaker; {@code indirect} for reported speech ("X said that ..."). */
public record Quote(Speaker speaker, String text, int start, int end, int sentenceIndex, boolean indirect) {
}
