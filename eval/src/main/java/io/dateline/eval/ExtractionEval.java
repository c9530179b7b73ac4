package io.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.articles.clean.HtmlPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * HTML main-content extraction on article-extraction/ (scrapinghub's article-extraction-benchmark):
 * body F1 over word 4-shingles, as the benchmark's evaluate.py computes it.
 */
public final class ExtractionEval implements Evaluation {

    static final String FOLDER = "article-extraction";

    @Override
    public String name() {
        return "extraction";
    }

    @Override
    public List<String> needs() {
        return List.of(FOLDER + "/ground-truth.json", FOLDER + "/html");
    }

    @Override
    public LinkedHashMap<String, Double> run(Path datasets) throws IOException {
        List<Page> pages = Page.readAll(datasets.resolve(FOLDER));
        List<ShingleMatch.Counts> counts = new ArrayList<>();
        for (Page page : pages) {
            counts.add(ShingleMatch.match(page.body(), HtmlPage.extract(page.html(), page.url()).text()));
        }
        ShingleMatch.Figures figures = ShingleMatch.Figures.of(counts);
        LinkedHashMap<String, Double> result = new LinkedHashMap<>();
        result.put("extraction.f1", figures.f1());
        result.put("extraction.precision", figures.precision());
        result.put("extraction.recall", figures.recall());
        return result;
    }

    /** One page of the set: its id, url, HTML (decoded as UTF-8, as the benchmark does) and true body. */
    record Page(String id, String url, String html, String body) {

        static List<Page> readAll(Path folder) throws IOException {
            JsonNode truth = new ObjectMapper().readTree(folder.resolve("ground-truth.json").toFile());
            List<Page> pages = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : truth.properties()) {
                Path html = folder.resolve("html").resolve(entry.getKey() + ".html.gz");
                pages.add(new Page(entry.getKey(), entry.getValue().path("url").asText(null), gunzip(html),
                        entry.getValue().path("articleBody").asText("")));
            }
            return pages;
        }

        private static String gunzip(Path file) throws IOException {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
