package io.dateline.articles.nlp;

/** Who is quoted: an entity id and its name (id is null when the speaker is not an entity). */
public record Speaker(String id, String name) {
}
