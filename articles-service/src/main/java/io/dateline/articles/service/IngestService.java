package io.dateline.articles.service;

import io.dateline.articles.ingest.Submission;
import io.dateline.articles.repository.ArticleStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * The walk of one article into the store: prepare it (clean, detect metadata and language,
 * annotate, sign for near-duplicates) on the worker pool, find its near-duplicate through the
 * band index, and save everything in one transaction.
 */
@ApplicationScoped
public class IngestService {

    private final ArticlePreparation preparation;
    private final ArticleStore store;
    private final Executor cpu;

    public IngestService(ArticlePreparation preparation, ArticleStore store, TextWorkers workers) {
        this.preparation = preparation;
        this.store = store;
        this.cpu = workers.executor();
    }

    public Uni<ArticleStore.Saved> ingest(Submission submission) {
        return Uni.createFrom().item(() -> preparation.prepare(submission))
                .runSubscriptionOn(cpu)
                .chain(prepared -> store.candidates(prepared.bands(), prepared.url(), 64)
                        .map(candidates -> preparation.withDuplicateOf(prepared, candidates)))
                .chain(store::save);
    }

    public Uni<Boolean> delete(UUID id) {
        return store.delete(id);
    }
}
