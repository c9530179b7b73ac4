package io.dateline.eval;

import io.dateline.articles.dedup.DuplicateDetector;
import io.dateline.articles.dedup.DuplicateMatch;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Near-duplicate detection on news-cluster. Every article is checked in date order; a link between articles
 * of different gold stories is an error ({@code dedup.linkPrecision}). As the set has few true copies, each
 * article also gets a syndicated copy made here at run time (page furniture around it, a new headline line,
 * a few words changed) which must link back to it ({@code dedup.syntheticRecall}).
 */
final class DuplicateEval implements Evaluation {

    private static final List<String> CHROME = List.of(
            "Skip to main content", "Advertisement", "Share this article on Facebook Twitter Email",
            "Sign up for our morning newsletter and get the day's top stories in your inbox",
            "Most read", "Related coverage", "Comments are closed for this article", "All rights reserved");

    @Override
    public String name() {
        return "dedup";
    }

    @Override
    public List<String> needs() {
        return List.of("news-cluster");
    }

    @Override
    public LinkedHashMap<String, Double> run(Path datasets) throws Exception {
        List<NewsClusterSet.Item> items = NewsClusterSet.read(datasets.resolve("news-cluster"));
        DuplicateDetector detector = DuplicateDetector.standard();
        Map<String, String> goldOf = new HashMap<>();
        int links = 0;
        int exact = 0;
        int correct = 0;
        for (NewsClusterSet.Item item : items) {
            goldOf.put(item.id(), item.gold());
            Optional<DuplicateMatch> match = detector.check(item.id(), item.text());
            if (match.isPresent()) {
                links++;
                exact += match.get().exact() ? 1 : 0;
                correct += goldOf.get(match.get().articleId()).equals(item.gold()) ? 1 : 0;
            }
        }
        LinkedHashMap<String, Double> figures = new LinkedHashMap<>();
        figures.put("dedup.links", (double) links);
        figures.put("dedup.exactLinks", (double) exact);
        figures.put("dedup.linkPrecision", links == 0 ? 1.0 : correct / (double) links);
        syntheticCopies(items, detector, figures);
        return figures;
    }

    /** Copies checked against the detector that holds every original (copies themselves are not added). */
    private static void syntheticCopies(List<NewsClusterSet.Item> items, DuplicateDetector detector,
                                        LinkedHashMap<String, Double> figures) {
        Random random = new Random(20261122L);
        int copies = 0;
        int found = 0;
        int wrong = 0;
        for (NewsClusterSet.Item item : items) {
            if (item.text().split("\\s+").length < 100) {
                continue;
            }
            copies++;
            Optional<DuplicateMatch> match = detector.find(detector.fingerprint(syndicate(item, random)));
            if (match.isPresent()) {
                Optional<DuplicateMatch> self = detector.find(detector.fingerprint(item.text()));
                boolean right = self.map(s -> s.articleId().equals(match.get().articleId())).orElse(false)
                        || match.get().articleId().equals(item.id());
                found += right ? 1 : 0;
                wrong += right ? 0 : 1;
            }
        }
        figures.put("dedup.syntheticCopies", (double) copies);
        figures.put("dedup.syntheticRecall", copies == 0 ? 0 : found / (double) copies);
        figures.put("dedup.syntheticWrongLinks", (double) wrong);
    }

    /** The article as another site would carry it: chrome lines, its own headline, a few words changed. */
    static String syndicate(NewsClusterSet.Item item, Random random) {
        String[] words = item.text().split(" ");
        for (int i = 0; i < words.length; i++) {
            if (random.nextInt(30) == 0) {
                words[i] = random.nextBoolean() ? "" : "reportedly";
            }
        }
        StringBuilder copy = new StringBuilder();
        copy.append(CHROME.get(0)).append('\n').append("EXCLUSIVE: ").append(item.title()).append(" - update\n");
        copy.append(CHROME.get(random.nextInt(CHROME.size()))).append('\n');
        copy.append(String.join(" ", words)).append('\n');
        for (int i = 0; i < 3; i++) {
            copy.append(CHROME.get(random.nextInt(CHROME.size()))).append('\n');
        }
        return copy.toString();
    }
}
