package io.dateline.eval;

import io.dateline.events.cluster.ArticleTerms;
import io.dateline.events.cluster.DocumentFrequencies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain single-pass baseline: TF-IDF of title and body words (IDF learnt online), cosine to every
 * cluster centroid, join the closest one at or above one threshold, else open a cluster.
 */
final class TfidfBaseline {

    static List<String> cluster(List<NewsClusterSet.Item> items, double threshold) {
        DocumentFrequencies df = new DocumentFrequencies();
        List<Map<String, Double>> centroids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (NewsClusterSet.Item item : items) {
            Map<String, Double> v = vector(item, df);
            int best = -1;
            double bestScore = threshold;
            for (int c = 0; c < centroids.size(); c++) {
                double s = dot(v, centroids.get(c)) / norm(centroids.get(c));
                if (s >= bestScore) {
                    best = c;
                    bestScore = s;
                }
            }
            if (best < 0) {
                centroids.add(new HashMap<>());
                best = centroids.size() - 1;
            }
            Map<String, Double> centroid = centroids.get(best);
            v.forEach((t, w) -> centroid.merge(t, w, Double::sum));
            labels.add("c" + best);
        }
        return labels;
    }

    private static Map<String, Double> vector(NewsClusterSet.Item item, DocumentFrequencies df) {
        Map<String, Integer> tf = new HashMap<>();
        ArticleTerms.contentStems(item.title() + "\n" + item.text()).forEach(t -> tf.merge(t, 1, Integer::sum));
        df.add(tf.keySet());
        Map<String, Double> v = new HashMap<>();
        tf.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * df.idf(t)));
        double n = norm(v);
        v.replaceAll((t, w) -> n == 0 ? 0 : w / n);
        return v;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        double s = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            s += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        return s;
    }

    private static double norm(Map<String, Double> v) {
        return Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
    }
}
