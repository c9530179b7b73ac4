package io.dateline.events.cluster;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Online story clustering. Each article is compared only with the stories found through an inverted index
 * from its heaviest terms (each term keeps its most recent stories), so the cost of one article does not
 * grow with the number of stories. It joins the best-scoring story when the score, damped by the time gap,
 * reaches the threshold, and opens a new story otherwise. Replaying the same articles in the same order gives
 * the same stories and ids (a story's id derives from its first article's id). Stories quiet for longer than
 * the window are dropped from memory as time moves on (they stay in the service's database).
 *
 * <p>Persistence: {@link #stories()} and {@link #frequencies()} are the whole state; {@link #restore} builds
 * an index from them again (the postings are rebuilt from the kept members, oldest story first).
 */
public final class StoryIndex {

    private final StorySettings settings;
    private final ArticleTerms terms;
    private final DocumentFrequencies frequencies;
    private final Map<String, Story> stories = new LinkedHashMap<>();
    private final Map<String, LinkedHashSet<String>> postings = new HashMap<>();
    private Instant latest = Instant.EPOCH;
    private long assigned;
    /** The article being assigned, by term number (zero elsewhere). */
    private double[] spread = new double[1 << 12];

    public StoryIndex(StorySettings settings, DocumentFrequencies frequencies) {
        this.settings = settings;
        this.frequencies = frequencies;
        this.terms = new ArticleTerms(settings.titleWeight(), settings.phraseWeight(), settings.entityWeight());
    }

    public StoryIndex() {
        this(StorySettings.standard(), new DocumentFrequencies());
    }

    public static StoryIndex restore(StorySettings settings, DocumentFrequencies frequencies,
                                     Collection<Story> stories) {
        StoryIndex index = new StoryIndex(settings, frequencies);
        stories.stream().sorted(Comparator.comparing(Story::lastSeen).thenComparing(Story::id)).forEach(s -> {
            index.stories.put(s.id(), s);
            s.members().forEach(m -> index.post(s, m.vector()));
            index.latest = s.lastSeen().isAfter(index.latest) ? s.lastSeen() : index.latest;
        });
        return index;
    }

    /** Counts a background article's terms for the inverse document frequencies without clustering it. */
    public void learnFrequencies(ArticleForClustering article) {
        frequencies.add(terms.counts(article).keySet());
    }

    public StoryAssignment assign(ArticleForClustering article) {
        return assign(article.id(), article.title(), article.publishedAt(), terms.counts(article));
    }

    /** The weighted term counts {@link #assign(ArticleForClustering)} uses, to compute them off the writer's thread or store them. */
    public Map<String, Double> termCounts(ArticleForClustering article) {
        return terms.counts(article);
    }

    /** Assigns an article from term counts computed by {@link #termCounts}; same result as assigning the article. */
    public StoryAssignment assign(String articleId, String title, Instant publishedAt, Map<String, Double> counts) {
        ArticleForClustering article = new ArticleForClustering(articleId, title, "", publishedAt, null);
        frequencies.add(counts.keySet());
        TermVector vector = weigh(counts);
        Story story = bestStory(vector, article.publishedAt());
        boolean isNew = story == null;
        if (isNew) {
            story = new Story(storyId(article.id()));
            stories.put(story.id(), story);
        }
        story.add(new Story.Member(article.id(), article.title(), article.publishedAt(), vector), settings);
        post(story, vector);
        retireQuietStories(article.publishedAt());
        return new StoryAssignment(story.id(), isNew, story.title());
    }

    /**
     * Takes a deleted (or, before it is assigned again, an updated) article out of its story; a story left
     * without members is dropped. Answers false when the article is no longer among the story's kept members.
     */
    public boolean withdraw(String storyId, String articleId) {
        Story story = stories.get(storyId);
        if (story == null || !story.remove(articleId, settings)) {
            return false;
        }
        if (story.members().isEmpty()) {
            stories.remove(storyId);
        }
        return true;
    }

    /** Every 1024 articles, forgets stories that can no longer be candidates; postings skip them. */
    private void retireQuietStories(Instant at) {
        latest = at.isAfter(latest) ? at : latest;
        if (++assigned % 1024 == 0) {
            Instant horizon = latest.minusSeconds(86400L * settings.windowDays());
            stories.values().removeIf(s -> s.lastSeen().isBefore(horizon));
        }
    }

    private TermVector weigh(Map<String, Double> counts) {
        Map<String, Double> raw = new HashMap<>();
        counts.forEach((t, c) -> raw.put(t, (1 + Math.log(c)) * Math.pow(frequencies.idf(t), settings.idfPower())));
        return TermVector.of(raw, settings.articleTerms());
    }

    private Story bestStory(TermVector vector, Instant at) {
        Story best = null;
        double bestScore = settings.threshold();
        if (spread.length < TermIds.size()) {
            spread = new double[Math.max(TermIds.size(), spread.length * 2)];
        }
        vector.spread(spread);
        for (Story candidate : candidates(vector, at)) {
            double score = candidate.similarity(spread, settings.linkMix()) * decay(candidate.gapDays(at));
            if (score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        vector.unspread(spread);
        return best;
    }

    private double decay(double gapDays) {
        return settings.decayFloor() + (1 - settings.decayFloor()) * Math.exp(-gapDays / settings.decayDays());
    }

    /** Stories sharing the most heavy terms with the article, within the time window, best first. */
    private List<Story> candidates(TermVector vector, Instant at) {
        Map<String, Double> shared = new HashMap<>();
        for (String term : vector.topTerms(settings.queryTerms())) {
            double w = vector.weights().get(term);
            for (String storyId : postings.getOrDefault(term, new LinkedHashSet<>())) {
                shared.merge(storyId, w, Double::sum);
            }
        }
        List<Story> found = new ArrayList<>();
        shared.entrySet().stream()
                .sorted(TermVector.heaviestFirst())
                .map(e -> stories.get(e.getKey()))
                .filter(s -> s != null && s.gapDays(at) <= settings.windowDays())
                .limit(settings.maxCandidates())
                .forEach(found::add);
        return found;
    }

    private void post(Story story, TermVector vector) {
        for (String term : vector.topTerms(settings.queryTerms())) {
            LinkedHashSet<String> list = postings.computeIfAbsent(term, t -> new LinkedHashSet<>());
            list.remove(story.id());
            list.add(story.id());
            if (list.size() > settings.postingsCap()) {
                list.remove(list.iterator().next());
            }
        }
    }

    /** The whole state as bytes, from which {@link #read} makes an index that continues exactly as this one. */
    public byte[] write() {
        return IndexImage.write(this);
    }

    /** The index written by {@link #write}, or null when it was written with other settings or another format. */
    public static StoryIndex read(byte[] image, StorySettings settings) {
        return IndexImage.read(image, settings);
    }

    Map<String, Story> storiesById() {
        return stories;
    }

    Map<String, LinkedHashSet<String>> postings() {
        return postings;
    }

    Instant latest() {
        return latest;
    }

    long assigned() {
        return assigned;
    }

    void resume(Instant latest, long assigned) {
        this.latest = latest;
        this.assigned = assigned;
    }

    static String storyId(String firstArticleId) {
        return UUID.nameUUIDFromBytes(("story:" + firstArticleId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Collection<Story> stories() {
        return List.copyOf(stories.values());
    }

    public Story story(String id) {
        return stories.get(id);
    }

    public DocumentFrequencies frequencies() {
        return frequencies;
    }

    public StorySettings settings() {
        return settings;
    }

    /** Stories ordered by size, largest first (ties by first seen). */
    public List<Story> largest(int n) {
        return stories.values().stream()
                .sorted(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::firstSeen))
                .limit(n).toList();
    }
}
