package io.dateline.articles.service;

import io.dateline.articles.ingest.InvalidSubmission;
import io.dateline.articles.ingest.Submission;
import io.dateline.articles.repository.ArticleStore;
import io.dateline.articles.repository.ArticleStore.ArticleRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Turns a submission into what is stored: clean text, metadata, annotations and near-duplicate signature. */
@ApplicationScoped
public class ArticlePreparation {

    public ArticleRecord prepare(Submission s) {
        if (s.isHtml()) {
            throw new InvalidSubmission(415, "HTML pages are not accepted yet.");
        }
        String text = normalise(s.text());
        if (text.isBlank()) {
            throw new InvalidSubmission(422, "Nothing of the article is left after cleaning: the body is empty.");
        }
        String source = s.source() != null ? s.source() : sourceOf(s.url());
        return new ArticleRecord(s.url(), source, s.title(), s.publishedAt(), s.language(), text, null, null,
                List.of(), contentHash(text), null, new long[0], List.of(), null, s.format(), s.raw(), null);
    }

    public ArticleRecord withDuplicateOf(ArticleRecord prepared, List<ArticleStore.Candidate> candidates) {
        return prepared;
    }

    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t\\u00A0]+", " ")
                .replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** The publishing site from the url: "www.reuters.com" becomes "reuters.com". */
    static String sourceOf(String url) {
        if (url == null) {
            return null;
        }
        String host = URI.create(url).getHost();
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
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
