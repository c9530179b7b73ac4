package io.dateline.events.service;

import io.dateline.events.repository.DerivedData;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Prepares a replay from zero: clears every derived row and the story index and moves the mark to 0. */
@ApplicationScoped
public class Replay {

    private final SerialGate gate;
    private final DerivedData derived;
    private final StoryClustering clustering;

    public Replay(SerialGate gate, DerivedData derived, StoryClustering clustering) {
        this.gate = gate;
        this.derived = derived;
        this.clustering = clustering;
    }

    public Uni<Void> reset() {
        return gate.run(() -> derived.clear().chain(clustering::reset));
    }
}
