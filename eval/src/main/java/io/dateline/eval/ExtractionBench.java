package io.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.articles.clean.HtmlPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * bench/extraction: our HTML extractor against another extractor's output on the same pages.
 *
 * <pre>ExtractionBench &lt;article-extraction dir&gt; [other.json [name]] [--worst N]</pre>
 * other.json is {id: {articleBody}} (the benchmark's output format).
 */
public final class ExtractionBench {

    private ExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int worst = 0;
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--worst")) {
                worst = Integer.parseInt(args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        List<ExtractionEval.Page> pages = ExtractionEval.Page.readAll(folder);
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            runOurs(pages, round == 1 ? worst : -1);
        }
        if (!rest.isEmpty()) {
            JsonNode other = new ObjectMapper().readTree(Path.of(rest.get(0)).toFile());
            List<ShingleMatch.Counts> counts = new ArrayList<>();
            for (ExtractionEval.Page page : pages) {
                counts.add(ShingleMatch.match(page.body(), other.path(page.id()).path("articleBody").asText("")));
            }
            print(rest.size() > 1 ? rest.get(1) : "other", ShingleMatch.Figures.of(counts), "");
        }
    }

    private static void runOurs(List<ExtractionEval.Page> pages, int worst) {
        List<String> texts = new ArrayList<>();
        long t0 = System.nanoTime();
        for (ExtractionEval.Page page : pages) {
            texts.add(HtmlPage.extract(page.html(), page.url()).text());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (worst < 0) {
            return;
        }
        List<ShingleMatch.Counts> counts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            counts.add(ShingleMatch.match(pages.get(i).body(), texts.get(i)));
        }
        print("dateline", ShingleMatch.Figures.of(counts),
                String.format(Locale.ROOT, "  %.1f pages/s (one thread, after warm-up)", pages.size() / seconds));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> -(counts.get(i).fp() + counts.get(i).fn())));
        for (int i : order.subList(0, Math.min(worst, order.size()))) {
            System.out.printf(Locale.ROOT, "  %s P=%.2f R=%.2f %s%n", pages.get(i).id().substring(0, 10),
                    counts.get(i).precision(), counts.get(i).recall(), pages.get(i).url());
        }
    }

    private static void print(String name, ShingleMatch.Figures f, String extra) {
        System.out.printf(Locale.ROOT, "%-16s F1=%.4f precision=%.4f recall=%.4f%s%n",
                name, f.f1(), f.precision(), f.recall(), extra);
    }
}
