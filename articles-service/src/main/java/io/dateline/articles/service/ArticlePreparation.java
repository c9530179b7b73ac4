package io.dateline.articles.service;

import io.dateline.articles.clean.CleanedPage;
import io.dateline.articles.dedup.BandKey;
import io.dateline.articles.dedup.DuplicateDetector;
import io.dateline.articles.dedup.Fingerprint;
import io.dateline.articles.dedup.Signature;
import java.util.UUID;
import io.dateline.articles.clean.HtmlPage;
import io.dateline.articles.clean.PageText;
import io.dateline.articles.ingest.InvalidSubmission;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    private final DuplicateDetector duplicates = DuplicateDetector.standard();
    private final ArticleUnderstanding understanding;

    public ArticlePreparation(ArticleUnderstanding understanding) {
        this.understanding = understanding;
    }

    public ArticleRecord prepare(Submission s) {
        CleanedPage page = s.isHtml() ? HtmlPage.extract(s.html(), s.url()) : PageText.clean(s.text(), s.title(), s.url());
        if (page.isEmpty() && !s.isHtml()) {
            page = shortProse(s.text(), page);
        }
        if (page.isEmpty()) {
            throw new InvalidSubmission(422, "Nothing of the article is left after cleaning: "
                    + (page.emptyReason() == null ? "the body is empty" : page.emptyReason()) + ".");
        }
        String text = page.text();
        String title = s.title() != null ? s.title() : page.title();
        OffsetDateTime published = s.publishedAt() != null ? s.publishedAt() : page.publishedAt();
        String source = s.source() != null ? s.source() : page.source() != null ? page.source() : sourceOf(s.url());
        Fingerprint fingerprint = duplicates.fingerprint(text);
        long[] bands = fingerprint.comparable()
                ? fingerprint.bandKeys().stream().mapToLong(BandKey::hash).toArray() : new long[0];
        LocalDate day = (published != null ? published : OffsetDateTime.now(ZoneOffset.UTC)).toLocalDate();
        ArticleUnderstanding.Reading reading = understanding.read(text, s.language(), day);
        return new ArticleRecord(s.url(), source, title, published, reading.language(), text, page.datelinePlace(),
                page.datelineAgency(), page.authors(), fingerprint.contentHash(), fingerprint.signature().toBytes(),
                bands, reading.entities(), null, s.format(), s.raw(), reading.annotations());
    }

    /**
     * Links the article to the earliest stored copy among the candidates its bands found: the same
     * story syndicated with other chrome, headline or small edits, not another report of the same event.
     */
    public ArticleRecord withDuplicateOf(ArticleRecord a, List<ArticleStore.Candidate> candidates) {
        if (a.bands().length == 0) {
            return a;
        }
        Signature signature = Signature.fromBytes(a.minhash());
        for (ArticleStore.Candidate c : candidates) {
            if (c.minhash() != null && duplicates.isCopy(signature, Signature.fromBytes(c.minhash()))) {
                UUID original = c.duplicateOf() != null ? c.duplicateOf() : c.id();
                return a.withDuplicateOf(original);
            }
        }
        return a;
    }

    /**
     * The chrome remover judges lines by the shape of a whole page; a body of a sentence or two
     * ("Denmark sends a frigate to the Baltic Sea.") has no page around it and is kept when it reads as prose.
     */
    static CleanedPage shortProse(String text, CleanedPage empty) {
        String prose = text.lines().map(String::strip)
                .filter(line -> line.split("\\s+").length >= 4 && line.matches(".*[.!?\"\u201D\u00BB)]$"))
                .collect(java.util.stream.Collectors.joining("\n\n"));
        return prose.isEmpty() ? empty : new CleanedPage(empty.title(), prose, null, null, null, List.of(),
                empty.source(), null);
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
}
