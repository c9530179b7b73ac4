package io.dateline.articles.nlp;

/**
 * What one surface form in the gazetteer names. {@code kind} says how: a proper name, a demonym
 * ("Danish"), a capital or a government seat standing for the country ("Moscow", "the Kremlin").
 * A contextual entry ("the Alliance") counts only when its entity is named elsewhere in the text.
 */
record GazetteerEntry(String id, String name, EntityType type, String country, String role, String affiliation,
                      Kind kind, boolean contextual) {

    enum Kind { NAME, DEMONYM, CAPITAL, METONYM }
}
