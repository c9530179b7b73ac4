package io.dateline.articles.rest;

import io.dateline.articles.Article;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An article as the API shows it. */
public record ArticleView(UUID id, String url, String source, String title, OffsetDateTime publishedAt,
                          String language, String text, Dateline dateline, List<String> authors,
                          OffsetDateTime ingestedAt, UUID duplicateOf, String contentHash, int version) {

    /** Where and by whom a story was filed, as in "KYIV (Reuters) —". */
    public record Dateline(String place, String agency) {
    }

    public static ArticleView of(Article a) {
        Dateline dateline = a.datelinePlace == null && a.datelineAgency == null ? null
                : new Dateline(a.datelinePlace, a.datelineAgency);
        return new ArticleView(a.id, a.url, a.source, a.title, a.publishedAt, a.language, a.text, dateline,
                a.authors == null ? List.of() : List.of(a.authors), a.ingestedAt, a.duplicateOf,
                a.contentHash, a.version);
    }
}
