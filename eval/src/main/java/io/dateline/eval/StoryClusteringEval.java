package io.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.articles.nlp.Annotations;
import io.dateline.articles.nlp.Pipeline;
import io.dateline.events.cluster.ArticleForClustering;
import io.dateline.events.cluster.DocumentFrequencies;
import io.dateline.events.cluster.StoryIndex;
import io.dateline.events.cluster.StorySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Story clustering on news-cluster: every article ingested once, in date order, B-cubed against the gold
 * stories; the plain TF-IDF single-pass baseline in the same run; F1 over a range of thresholds around the
 * default to show it is not balanced on one value. Articles carry the entity ids of the NLP pipeline, as the
 * events-service receives them in the feed; {@code cluster.termsOnlyF1} is the same without them. Inverse
 * document frequencies are first learnt from the article-extraction bodies when present (a background
 * collection, as a running service has its history).
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
        List<ArticleForClustering> annotated = items.stream().map(StoryClusteringEval::annotated).toList();
        List<ArticleForClustering> plain = items.stream().map(StoryClusteringEval::plain).toList();
        LinkedHashMap<String, Double> figures = new LinkedHashMap<>();
        StorySettings standard = StorySettings.standard();
        List<String> labels = cluster(annotated, standard, background);
        BCubed b = BCubed.of(labels, gold);
        figures.put("cluster.bcubedF1", b.f1());
        figures.put("cluster.bcubedPrecision", b.precision());
        figures.put("cluster.bcubedRecall", b.recall());
        figures.put("cluster.stories", (double) labels.stream().distinct().count());
        figures.put("cluster.goldStories", (double) gold.stream().distinct().count());
        figures.put("cluster.termsOnlyF1", BCubed.of(cluster(plain, standard, background), gold).f1());
        figures.put("cluster.exhaustiveF1", BCubed.of(cluster(annotated, exhaustive(standard), background), gold).f1());
        figures.put("cluster.coldStartF1", BCubed.of(cluster(annotated, standard, List.of()), gold).f1());
        for (double t : SWEEP) {
            figures.put(String.format(Locale.ROOT, "cluster.f1AtThreshold%.2f", t),
                    BCubed.of(cluster(annotated, standard.withThreshold(t), background), gold).f1());
        }
        double baseline = 0;
        for (double t : BASELINE_SWEEP) {
            baseline = Math.max(baseline, BCubed.of(TfidfBaseline.cluster(items, t), gold).f1());
        }
        figures.put("cluster.baselineTfidfF1", baseline);
        return figures;
    }

    static List<String> cluster(List<ArticleForClustering> articles, StorySettings settings,
                                List<ArticleForClustering> background) {
        StoryIndex index = new StoryIndex(settings, new DocumentFrequencies());
        background.forEach(index::learnFrequencies);
        return articles.stream().map(a -> index.assign(a).storyId()).toList();
    }

    /** The same clustering comparing every article with every story in the window (no index caps). */
    static StorySettings exhaustive(StorySettings s) {
        return new StorySettings(s.threshold(), s.linkMix(), s.decayDays(), s.decayFloor(), s.windowDays(),
                s.articleTerms(), s.centroidTerms(), s.articleTerms(), Integer.MAX_VALUE, Integer.MAX_VALUE,
                s.maxMembers(), s.titleWeight(), s.phraseWeight(), s.entityWeight(), s.idfPower());
    }

    static ArticleForClustering plain(NewsClusterSet.Item item) {
        return new ArticleForClustering(item.id(), item.title(), item.text(), item.publishedAt(), item.source());
    }

    /** The article with the entities the articles-service's NLP pipeline finds in its text. */
    static ArticleForClustering annotated(NewsClusterSet.Item item) {
        Annotations annotations = Pipeline.standard()
                .annotate(item.text(), LocalDate.ofInstant(item.publishedAt(), ZoneOffset.UTC));
        List<ArticleForClustering.EntityRef> entities = annotations.entities().stream()
                .map(e -> new ArticleForClustering.EntityRef(e.id(), e.type().name(), e.mentions().size()))
                .toList();
        return new ArticleForClustering(item.id(), item.title(), item.text(), item.publishedAt(), item.source(),
                entities);
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
