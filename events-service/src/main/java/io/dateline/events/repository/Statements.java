package io.dateline.events.repository;

import io.smallrye.mutiny.Uni;
import java.util.List;

/** Statements sent on one connection together, in order, without waiting for each answer (pipelined). */
public final class Statements {

    private Statements() {
    }

    /** Subscribes to every statement in list order at once; done when all are, failed when one fails. */
    public static Uni<Void> together(List<? extends Uni<?>> statements) {
        if (statements.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Object>> all = statements.stream().map(u -> u.replaceWith(new Object())).toList();
        return Uni.join().all(all).andFailFast().replaceWithVoid();
    }
}
