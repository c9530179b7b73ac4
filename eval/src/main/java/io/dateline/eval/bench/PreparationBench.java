package io.dateline.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.articles.clean.CleanedPage;
import io.dateline.articles.clean.HtmlPage;
import io.dateline.articles.clean.PageText;
import io.dateline.articles.dedup.BandKey;
import io.dateline.articles.dedup.DuplicateDetector;
import io.dateline.articles.dedup.Fingerprint;
import io.dateline.articles.nlp.Annotations;
import io.dateline.articles.nlp.LanguageIdentifier;
import io.dateline.articles.nlp.PersonRegistry;
import io.dateline.articles.nlp.Pipeline;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The articles-service's preparation of one article outside the service, stage by stage as
 * {@code ArticlePreparation.prepare} runs them: cleaning the page text, the near-duplicate
 * fingerprint, the language, the nlp pipeline, the people registry and the annotation JSON.
 * <ul>
 * <li>{@code digest}: one SHA-256 per stage over every article of news-cluster and 5w1h (raw
 * page text) and article-extraction (HTML), and of the pipeline over the raw texts too (more varied
 * input than clean prose): the same digests before and after a change mean the
 * same output.</li>
 * <li>{@code bench [passes]}: warms up, then prints this thread's CPU per article per stage and the
 * load average beside it (averages over all pages; "clean" is the page texts, "html" the HTML pages;
 * the gateway's ingest gives the language, so the service skips that stage there).</li>
 * </ul>
 * Run through bench/prepare/run.sh.
 */
public final class PreparationBench {

    private record Page(String raw, String html, String title, String url, LocalDate day) {
    }

    private static final String[] STAGES = {"clean", "fingerprint", "language", "pipeline", "registry+json", "html"};

    private final ObjectMapper json = new ObjectMapper();
    private final DuplicateDetector duplicates = DuplicateDetector.standard();
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final Pipeline pipeline = Pipeline.standard();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long[] cpu = new long[STAGES.length];
    private PersonRegistry people = new PersonRegistry(List.of());

    public static void main(String[] args) throws Exception {
        Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
        String mode = args.length > 1 ? args[1] : "digest";
        if (!Files.isDirectory(datasets.resolve("news-cluster"))) {
            System.out.println("bench prepare: no datasets at " + datasets.toAbsolutePath() + "; nothing measured.");
            return;
        }
        List<Page> pages = pages(datasets);
        PreparationBench bench = new PreparationBench();
        if (mode.equals("digest")) {
            bench.digest(pages);
        } else {
            bench.bench(pages, args.length > 2 ? Integer.parseInt(args[2]) : 5);
        }
    }

    private void digest(List<Page> pages) throws Exception {
        Map<String, MessageDigest> digests = new LinkedHashMap<>();
        for (String stage : STAGES) {
            digests.put(stage.equals("html") ? "clean html" : stage, MessageDigest.getInstance("SHA-256"));
        }
        digests.put("pipeline-raw", MessageDigest.getInstance("SHA-256"));
        int empty = 0;
        for (Page p : pages) {
            if (p.raw() != null) {
                update(digests.get("pipeline-raw"), json.writeValueAsString(pipeline.annotate(p.raw(), p.day())));
            }
            CleanedPage page = clean(p);
            update(digests.get(p.html() != null ? "clean html" : "clean"), String.valueOf(page));
            if (page.isEmpty()) {
                empty++;
                continue;
            }
            Fingerprint f = duplicates.fingerprint(page.text());
            update(digests.get("fingerprint"), f.contentHash() + HexFormat.of().formatHex(f.signature().toBytes())
                    + f.bandKeys().stream().map(b -> Long.toString(b.hash())).toList() + f.comparable());
            update(digests.get("language"), String.valueOf(languages.identify(page.text())));
            Annotations a = pipeline.annotate(page.text(), p.day());
            update(digests.get("pipeline"), json.writeValueAsString(a));
            update(digests.get("registry+json"), json.writeValueAsString(people.canonicalise(a)));
        }
        System.out.printf(Locale.ROOT, "pages: %d (%d empty after cleaning)%n", pages.size(), empty);
        digests.forEach((stage, d) -> System.out.printf("%-14s %s%n", stage, HexFormat.of().formatHex(d.digest())));
    }

    private void bench(List<Page> pages, int passes) throws Exception {
        for (int w = 0; w < 30; w++) {
            pass(pages);
        }
        for (int p = 1; p <= passes; p++) {
            java.util.Arrays.fill(cpu, 0);
            people = new PersonRegistry(List.of());
            long start = threads.getCurrentThreadCpuTime();
            pass(pages);
            double total = (threads.getCurrentThreadCpuTime() - start) / 1e6;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "pass %d: %.3f ms/article (%.0f articles/s) |",
                    p, total / pages.size(), pages.size() * 1e3 / total));
            for (int s = 0; s < STAGES.length; s++) {
                line.append(String.format(Locale.ROOT, " %s %.3f", STAGES[s], cpu[s] / 1e6 / pages.size()));
            }
            line.append(String.format(Locale.ROOT, " | load %.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            System.out.println(line);
        }
    }

    private void pass(List<Page> pages) throws Exception {
        for (Page p : pages) {
            long t0 = threads.getCurrentThreadCpuTime();
            CleanedPage page = clean(p);
            long t1 = threads.getCurrentThreadCpuTime();
            cpu[p.html() != null ? 5 : 0] += t1 - t0;
            if (page.isEmpty()) {
                continue;
            }
            Fingerprint f = duplicates.fingerprint(page.text());
            f.bandKeys().stream().mapToLong(BandKey::hash).toArray();
            long t2 = threads.getCurrentThreadCpuTime();
            languages.identify(page.text());
            long t3 = threads.getCurrentThreadCpuTime();
            Annotations a = pipeline.annotate(page.text(), p.day());
            long t4 = threads.getCurrentThreadCpuTime();
            json.writeValueAsString(people.canonicalise(a));
            long t5 = threads.getCurrentThreadCpuTime();
            cpu[1] += t2 - t1;
            cpu[2] += t3 - t2;
            cpu[3] += t4 - t3;
            cpu[4] += t5 - t4;
        }
    }

    private static CleanedPage clean(Page p) {
        return p.html() != null ? HtmlPage.extract(p.html(), p.url()) : PageText.clean(p.raw(), p.title(), p.url());
    }

    private static void update(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    private static List<Page> pages(Path datasets) throws Exception {
        List<Page> pages = new ArrayList<>();
        pages.addAll(newsPlease(datasets.resolve("news-cluster")));
        pages.addAll(newsPlease(datasets.resolve("5w1h")));
        pages.addAll(html(datasets.resolve("article-extraction")));
        return pages;
    }

    private static List<Page> newsPlease(Path folder) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return pages;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = json.readTree(f.toFile());
                String date = n.path("date_publish").asText("");
                LocalDate day = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : LocalDate.of(2017, 1, 1);
                pages.add(new Page(n.path("text").asText(n.path("maintext").asText("")), null,
                        n.path("title").isTextual() ? n.path("title").asText() : null,
                        n.path("url").isTextual() ? n.path("url").asText() : null, day));
            }
        }
        return pages;
    }

    private static List<Page> html(Path folder) throws Exception {
        List<Page> pages = new ArrayList<>();
        Path truth = folder.resolve("ground-truth.json");
        if (!Files.exists(truth)) {
            return pages;
        }
        JsonNode all = new ObjectMapper().readTree(truth.toFile());
        for (String id : (Iterable<String>) () -> all.fieldNames()) {
            Path file = folder.resolve("html").resolve(id + ".html.gz");
            if (Files.exists(file)) {
                try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    pages.add(new Page(null, new String(in.readAllBytes(), StandardCharsets.UTF_8), null,
                            all.get(id).path("url").asText(null), LocalDate.of(2020, 1, 1)));
                }
            }
        }
        return pages;
    }
}
