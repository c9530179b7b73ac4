package io.dateline.articles.nlp;

/** A span the entity finders believe names an entity, before mentions are grouped per entity. */
record Candidate(int start, int end, String id, String name, EntityType type, String country, String role,
                 String affiliation) {

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
