package io.dateline.events.service;

import io.dateline.events.cluster.ArticleForClustering;
import io.dateline.events.cluster.ArticleTerms;
import io.dateline.events.cluster.StorySettings;
import io.dateline.events.extract.EventExtractor;
import io.dateline.events.extract.ExtractedEvent;
import io.dateline.events.feed.AnnotatedArticle;
import io.dateline.events.feed.Article;
import io.dateline.events.feed.FeedEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Reads events, lead and story terms from feed entries on the text workers. */
@ApplicationScoped
public class EntryReader {

    private final TextWorkers workers;
    private final EventExtractor extractor = EventExtractor.standard();
    private final ArticleTerms terms;

    public EntryReader(TextWorkers workers) {
        this.workers = workers;
        StorySettings s = StoryClustering.SETTINGS;
        this.terms = new ArticleTerms(s.titleWeight(), s.phraseWeight(), s.entityWeight());
    }

    public Uni<PreparedEntry> read(FeedEntry entry) {
        return Uni.createFrom().item(() -> prepare(entry)).runSubscriptionOn(workers.executor());
    }

    PreparedEntry prepare(FeedEntry entry) {
        AnnotatedArticle article = entry.annotatedArticle();
        if (article == null) {
            return new PreparedEntry(entry, List.of(), null, null, null);
        }
        List<ExtractedEvent> events = extractor.extract(article);
        Instant at = clusteredAt(entry);
        return new PreparedEntry(entry, events, extractor.lead(article, events),
                terms.counts(forClustering(entry.articleId(), article, at)), at);
    }

    private static ArticleForClustering forClustering(String id, AnnotatedArticle a, Instant at) {
        List<ArticleForClustering.EntityRef> entities = a.annotations().entities().stream()
                .filter(e -> e.id() != null)
                .map(e -> new ArticleForClustering.EntityRef(e.id(), e.type(), e.mentions().size()))
                .toList();
        Article article = a.article();
        return new ArticleForClustering(id, article.title(), article.text(), at, article.source(), entities);
    }

    /** Publication time, else the time the feed recorded the entry: stories need a time for every article. */
    static Instant clusteredAt(FeedEntry entry) {
        Instant published = instant(entry.article().publishedAt());
        if (published != null) {
            return published;
        }
        Instant recorded = instant(entry.recordedAt());
        return recorded != null ? recorded : Instant.EPOCH;
    }

    static Instant instant(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (RuntimeException notOffset) {
            try {
                return java.time.LocalDate.parse(iso.substring(0, Math.min(10, iso.length())))
                        .atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }
}
