package io.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.events.cluster.ArticleForClustering;
import io.dateline.events.cluster.DocumentFrequencies;
import io.dateline.events.cluster.StoryIndex;
import io.dateline.events.cluster.StorySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Story clustering on news-cluster: every article ingested once, in date order, B-cubed against the gold
 * stories; the plain TF-IDF single-pass baseline in the same run; F1 over a range of thresholds around the
 * default to show it is not balanced on one value. Inverse document frequencies are first learnt from the
 * article-extraction bodies when present (a background collection, as a running service has its history).
 */
final class StoryClusteringEval implements Evaluation {

    static final double[] SWEEP = {0.10, 0.12, 0.14, 0.16, 0.18};
    static final double[] BASELINE_SWEEP = {0.15, 0.2, 0.25, 0.3, 0.35};

    @Override
    public String name() {
        return "cluster";
    }

    @Override
    public List<String> needs() {
        return List.of("news-cluster");
    }

    @Override
    public LinkedHashMap<String, Double> run(Path datasets) throws Exception {
        List<NewsClusterSet.Item> items = NewsClusterSet.read(datasets.resolve("news-cluster"));
        List<String> gold = items.stream().map(NewsClusterSet.Item::gold).toList();
        List<ArticleForClustering> background = background(datasets.resolve("article-extraction/ground-truth.json"));
        LinkedHashMap<String, Double> figures = new LinkedHashMap<>();
        StorySettings standard = StorySettings.standard();
        List<String> labels = cluster(items, standard, background);
        BCubed b = BCubed.of(labels, gold);
        figures.put("cluster.bcubedF1", b.f1());
        figures.put("cluster.bcubedPrecision", b.precision());
        figures.put("cluster.bcubedRecall", b.recall());
        figures.put("cluster.stories", (double) labels.stream().distinct().count());
        figures.put("cluster.goldStories", (double) gold.stream().distinct().count());
        figures.put("cluster.coldStartF1", BCubed.of(cluster(items, standard, List.of()), gold).f1());
        for (double t : SWEEP) {
            figures.put(String.format(Locale.ROOT, "cluster.f1AtThreshold%.2f", t),
                    BCubed.of(cluster(items, standard.withThreshold(t), background), gold).f1());
        }
        double baseline = 0;
        for (double t : BASELINE_SWEEP) {
            baseline = Math.max(baseline, BCubed.of(TfidfBaseline.cluster(items, t), gold).f1());
        }
        figures.put("cluster.baselineTfidfF1", baseline);
        return figures;
    }

    static List<String> cluster(List<NewsClusterSet.Item> items, StorySettings settings,
                                List<ArticleForClustering> background) {
        StoryIndex index = new StoryIndex(settings, new DocumentFrequencies());
        background.forEach(index::learnFrequencies);
        List<String> labels = new ArrayList<>();
        for (NewsClusterSet.Item item : items) {
            labels.add(index.assign(new ArticleForClustering(item.id(), item.title(), item.text(),
                    item.publishedAt(), item.source())).storyId());
        }
        return labels;
    }

    static List<ArticleForClustering> background(Path groundTruth) throws IOException {
        List<ArticleForClustering> articles = new ArrayList<>();
        if (!Files.exists(groundTruth)) {
            return articles;
        }
        JsonNode root = new ObjectMapper().readTree(groundTruth.toFile());
        root.fields().forEachRemaining(e -> articles.add(new ArticleForClustering(e.getKey(), "",
                e.getValue().path("articleBody").asText(""), Instant.EPOCH, "")));
        return articles;
    }
}
