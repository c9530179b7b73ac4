package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Entity mentions in text order, to ask which entity is named at a place or last before it. */
final class MentionIndex {

    record Placed(int start, int end, Entity entity) {
    }

    private final List<Placed> placed = new ArrayList<>();

    MentionIndex(List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                placed.add(new Placed(m.start(), m.end(), e));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::start));
    }

    /** The entity named by a mention overlapping [start, end), or null; people first. */
    Placed within(int start, int end) {
        Placed best = null;
        for (Placed p : placed) {
            if (p.start() >= end) {
                break;
            }
            if (p.end() > start && (best == null || rank(p) < rank(best))) {
                best = p;
            }
        }
        return best;
    }

    /** The last mention ending at or before {@code offset} whose entity passes {@code test}, or null. */
    Placed lastBefore(int offset, Predicate<Entity> test) {
        Placed last = null;
        for (Placed p : placed) {
            if (p.start() >= offset) {
                break;
            }
            if (p.end() <= offset && test.test(p.entity())) {
                last = p;
            }
        }
        return last;
    }

    private static int rank(Placed p) {
        return switch (p.entity().type()) {
            case PERSON -> 0;
            case ORGANIZATION -> 1;
            case COUNTRY -> 2;
            case LOCATION -> 3;
        };
    }
}
