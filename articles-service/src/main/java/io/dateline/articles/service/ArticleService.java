package io.dateline.articles.service;

import io.dateline.articles.Article;
import io.dateline.articles.ArticleVersion;
import io.dateline.articles.FeedEntry;
import io.dateline.articles.repository.ArticleRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Stores articles: one transaction writes the article, its raw input and its feed entry. */
@ApplicationScoped
public class ArticleService {

    /** What an ingest did: created a new article, or found the one already stored. */
    public record Ingested(Article article, boolean created) {
    }

    /** An article to store, after parsing and cleaning. */
    public record NewArticle(String url, String source, String title, OffsetDateTime publishedAt,
                             String language, String text, String contentType, String raw) {
    }

    private final ArticleRepository articles;

    public ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    @WithTransaction
    public Uni<Ingested> ingest(NewArticle input) {
        String hash = contentHash(input.text());
        Uni<Article> existing = input.url() != null
                ? articles.findByUrl(input.url())
                : articles.findByContentWithoutUrl(hash);
        return existing.onItem().transformToUni(found -> found != null
                ? Uni.createFrom().item(new Ingested(found, false))
                : create(input, hash));
    }

    @WithSession
    public Uni<Article> find(UUID id) {
        return articles.findById(id);
    }

    @WithSession
    public Uni<List<Article>> page(OffsetDateTime beforeTime, UUID beforeId, int limit) {
        return articles.page(beforeTime, beforeId, limit);
    }

    private Uni<Ingested> create(NewArticle input, String hash) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.url = input.url();
        article.source = input.source();
        article.title = input.title();
        article.publishedAt = input.publishedAt();
        article.language = input.language();
        article.text = input.text();
        article.contentHash = hash;
        article.ingestedAt = now;
        article.updatedAt = now;

        ArticleVersion version = new ArticleVersion();
        version.articleId = article.id;
        version.version = 1;
        version.contentType = input.contentType();
        version.raw = input.raw();
        version.contentHash = hash;
        version.receivedAt = now;

        FeedEntry entry = new FeedEntry();
        entry.articleId = article.id;
        entry.kind = FeedEntry.Kind.created;
        entry.version = 1;

        return articles.persist(article)
                .chain(() -> version.persist())
                .chain(() -> entry.persist())
                .replaceWith(new Ingested(article, true));
    }

    static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
