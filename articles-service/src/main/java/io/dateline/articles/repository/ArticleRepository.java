package io.dateline.articles.repository;

import io.dateline.articles.Article;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    public Uni<Article> findByUrl(String url) {
        return find("url", url).firstResult();
    }

    public Uni<Article> findByContentWithoutUrl(String contentHash) {
        return find("contentHash = ?1 and url is null", contentHash).firstResult();
    }

    /** Newest first by ingest time; the cursor is the (ingestedAt, id) of the last item seen. */
    public Uni<List<Article>> page(OffsetDateTime beforeTime, UUID beforeId, int limit) {
        if (beforeTime == null) {
            return find("order by ingestedAt desc, id desc").page(0, limit).list();
        }
        return find("ingestedAt < ?1 or (ingestedAt = ?1 and id < ?2) order by ingestedAt desc, id desc",
                beforeTime, beforeId).page(0, limit).list();
    }
}
