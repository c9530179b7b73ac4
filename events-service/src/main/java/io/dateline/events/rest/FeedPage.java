package io.dateline.events.rest;

import io.dateline.events.feed.FeedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A page of the articles feed exactly as the articles-service's GET /feed answers it. */
public record FeedPage(List<FeedEntry> entries, Long lastSeq) {

    private static final Set<String> KINDS = Set.of("created", "updated", "deleted");

    /** Every entry must be one the feed could have written; answers 400 listing those that are not. */
    void check() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (entries == null) {
            errors.add(new Problem.FieldError("entries", "is required"));
        } else {
            for (int i = 0; i < entries.size(); i++) {
                check(entries.get(i), "entries[" + i + "]", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
    }

    private static void check(FeedEntry e, String at, List<Problem.FieldError> errors) {
        if (e == null) {
            errors.add(new Problem.FieldError(at, "is null"));
            return;
        }
        if (e.seq() <= 0) {
            errors.add(new Problem.FieldError(at + ".seq", "must be positive"));
        }
        if (!KINDS.contains(e.kind())) {
            errors.add(new Problem.FieldError(at + ".kind", "must be created, updated or deleted"));
        }
        try {
            UUID.fromString(String.valueOf(e.articleId()));
        } catch (IllegalArgumentException notUuid) {
            errors.add(new Problem.FieldError(at + ".articleId", "must be a UUID"));
        }
        if (!"deleted".equals(e.kind()) && e.article() == null) {
            errors.add(new Problem.FieldError(at + ".article", "is required unless the article was deleted"));
        }
    }
}
