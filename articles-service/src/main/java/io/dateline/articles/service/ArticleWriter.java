package io.dateline.articles.service;

import io.dateline.articles.repository.ArticleStore;
import io.dateline.articles.repository.ArticleStore.ArticleRecord;
import io.dateline.articles.repository.ArticleStore.Saved;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Group commit: prepared articles queue here and one writer saves whatever has queued in one
 * transaction while the previous one commits. Each commit waits for its WAL flush under the feed
 * lock, so one article per transaction would cap ingest at one disk flush per article.
 * One writer also means a near-duplicate always sees the copy saved before it.
 */
@ApplicationScoped
public class ArticleWriter {

    private record Waiting(ArticleRecord article, UniEmitter<? super Saved> answer) {
    }

    private final ArticleStore store;
    private final ArticlePreparation preparation;
    private final int most;
    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    public ArticleWriter(ArticleStore store, ArticlePreparation preparation,
                         @ConfigProperty(name = "dateline.ingest.group-commit", defaultValue = "64") int most) {
        this.store = store;
        this.preparation = preparation;
        this.most = Math.max(1, most);
    }

    public Uni<Saved> save(ArticleRecord article) {
        return Uni.createFrom().emitter(answer -> {
            queue.add(new Waiting(article, answer));
            writeNext();
        });
    }

    private void writeNext() {
        if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
            return;
        }
        List<Waiting> group = new ArrayList<>();
        for (Waiting w; group.size() < most && (w = queue.poll()) != null; ) {
            group.add(w);
        }
        write(group).subscribe().with(done -> {
            writing.set(false);
            writeNext();
        });
    }

    /** Saves the group together; if that fails, each alone, so one bad article fails only itself. */
    private Uni<Void> write(List<Waiting> group) {
        List<ArticleRecord> articles = group.stream().map(Waiting::article).toList();
        return store.saveAll(articles, preparation::withDuplicateOf)
                .map(saved -> {
                    for (int i = 0; i < group.size(); i++) {
                        group.get(i).answer().complete(saved.get(i));
                    }
                    return (Void) null;
                })
                .onFailure().recoverWithUni(failure -> group.size() == 1
                        ? Uni.createFrom().item(() -> {
                            group.get(0).answer().fail(failure);
                            return null;
                        })
                        : Multi.createFrom().iterable(group)
                                .onItem().transformToUniAndConcatenate(w -> write(List.of(w)))
                                .collect().last());
    }
}
