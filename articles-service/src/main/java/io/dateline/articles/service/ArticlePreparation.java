package io.dateline.articles.service;

import io.dateline.articles.clean.CleanedPage;
import io.dateline.articles.clean.HtmlPage;
import io.dateline.articles.clean.PageText;
import io.dateline.articles.ingest.InvalidSubmission;
import java.time.OffsetDateTime;
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
        CleanedPage page = s.isHtml() ? HtmlPage.extract(s.html(), s.url()) : PageText.clean(s.text(), s.title(), s.url());
        if (page.isEmpty()) {
            throw new InvalidSubmission(422, "Nothing of the article is left after cleaning: "
                    + (page.emptyReason() == null ? "the body is empty" : page.emptyReason()) + ".");
        }
        String text = page.text();
        String title = s.title() != null ? s.title() : page.title();
        OffsetDateTime published = s.publishedAt() != null ? s.publishedAt() : page.publishedAt();
        String source = s.source() != null ? s.source() : page.source() != null ? page.source() : sourceOf(s.url());
        return new ArticleRecord(s.url(), source, title, published, s.language(), text, page.datelinePlace(),
                page.datelineAgency(), page.authors(), contentHash(text), null, new long[0], List.of(), null,
                s.format(), s.raw(), null);
    }

    public ArticleRecord withDuplicateOf(ArticleRecord prepared, List<ArticleStore.Candidate> candidates) {
        return prepared;
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
