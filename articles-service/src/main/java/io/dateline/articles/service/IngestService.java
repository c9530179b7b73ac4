package io.dateline.articles.service;

import io.dateline.articles.ingest.Submission;
import io.dateline.articles.repository.ArticleStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * The walk of one article into the store: prepare it (clean, detect metadata and language,
 * annotate, sign for near-duplicates) on the worker pool, then hand it to the writer, which finds
 * its near-duplicate through the band index and saves everything in one transaction.
 */
@ApplicationScoped
public class IngestService {

    private final ArticlePreparation preparation;
    private final ArticleStore store;
    private final ArticleWriter writer;
    private final Executor cpu;

    public IngestService(ArticlePreparation preparation, ArticleStore store, ArticleWriter writer, TextWorkers workers) {
        this.preparation = preparation;
        this.store = store;
        this.writer = writer;
        this.cpu = workers.executor();
    }

    public Uni<ArticleStore.Saved> ingest(Submission submission) {
        return Uni.createFrom().item(() -> preparation.prepare(submission))
                .runSubscriptionOn(cpu)
                .chain(writer::save);
    }

    public Uni<Boolean> delete(UUID id) {
        return store.delete(id);
    }
}
