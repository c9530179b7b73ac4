package io.dateline.events.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Runs the writers of derived data one after another within this instance, without blocking a thread. */
@ApplicationScoped
public class SerialGate {

    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    public synchronized <T> Uni<T> run(Supplier<Uni<T>> work) {
        CompletableFuture<T> result = tail.handle((ignored, error) -> null)
                .thenCompose(ignored -> start(work));
        tail = result.handle((ignored, error) -> null);
        return Uni.createFrom().completionStage(result);
    }

    private static <T> CompletionStage<T> start(Supplier<Uni<T>> work) {
        try {
            return work.get().subscribeAsCompletionStage();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
