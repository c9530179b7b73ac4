package io.dateline.articles.rest;

import io.dateline.articles.repository.ArticleSearch;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A search result: the article's list fields and a snippet with the matched words' offsets. */
public record ArticleHit(UUID id, String url, String source, String title, OffsetDateTime publishedAt,
                         String language, UUID duplicateOf, OffsetDateTime ingestedAt, String snippet,
                         List<Highlight> highlights) {

    /** A matched span of the snippet, as character offsets. */
    public record Highlight(int start, int end) {
    }

    public static ArticleHit of(ArticleSearch.Hit h) {
        String snippet = null;
        List<Highlight> highlights = List.of();
        if (h.markedSnippet() != null) {
            StringBuilder plain = new StringBuilder(h.markedSnippet().length());
            highlights = new ArrayList<>();
            int open = -1;
            for (char c : h.markedSnippet().toCharArray()) {
                if (c == ArticleSearch.START) {
                    open = plain.length();
                } else if (c == ArticleSearch.STOP && open >= 0) {
                    highlights.add(new Highlight(open, plain.length()));
                    open = -1;
                } else {
                    plain.append(c);
                }
            }
            snippet = plain.toString();
        }
        return new ArticleHit(h.id(), h.url(), h.source(), h.title(), h.publishedAt(), h.language(), h.duplicateOf(),
                h.ingestedAt(), snippet, highlights);
    }
}
