package io.dateline.events.cluster;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cluster of articles about one happening: its centroid (sum of member vectors, heaviest terms kept),
 * the most recent member vectors, its time span and its title (the title of its most central member).
 */
public final class Story {

    /** A member article as the story keeps it. */
    public record Member(String articleId, String title, Instant publishedAt, TermVector vector) {
    }

    private final String id;
    private final Deque<Member> members = new ArrayDeque<>();
    private Map<String, Double> centroid = new HashMap<>();
    private TermVector centroidVector = TermVector.EMPTY;
    private Instant firstSeen;
    private Instant lastSeen;
    private int size;
    private String title = "";

    Story(String id) {
        this.id = id;
    }

    /**
     * A story as it was stored: its kept members (oldest first), its centroid's raw term sums and how many
     * articles it has had. The title is recomputed from the members.
     */
    public static Story restore(String id, List<Member> members, Map<String, Double> centroid, int size,
                                StorySettings settings) {
        Story story = new Story(id);
        members.forEach(m -> story.add(m, settings));
        story.centroid = new HashMap<>(centroid);
        story.centroidVector = TermVector.of(centroid, settings.centroidTerms());
        story.size = size;
        story.title = HeadlineQuality.clean(story.mostCentral().title());
        return story;
    }

    /** A story exactly as {@link IndexImage} wrote it. */
    static Story resume(String id, String title, Instant firstSeen, Instant lastSeen, int size,
                        Map<String, Double> centroid, List<Member> members, StorySettings settings) {
        Story story = new Story(id);
        story.title = title;
        story.firstSeen = firstSeen;
        story.lastSeen = lastSeen;
        story.size = size;
        story.centroid = new HashMap<>(centroid);
        story.centroidVector = TermVector.of(centroid, settings.centroidTerms());
        story.members.addAll(members);
        return story;
    }

    void add(Member member, StorySettings settings) {
        members.addLast(member);
        if (members.size() > settings.maxMembers()) {
            members.removeFirst();
        }
        member.vector().weights().forEach((t, w) -> centroid.merge(t, w, Double::sum));
        centroidVector = TermVector.of(centroid, settings.centroidTerms());
        if (centroid.size() > settings.centroidTerms()) {
            centroid.keySet().retainAll(centroidVector.weights().keySet());
        }
        firstSeen = firstSeen == null || member.publishedAt().isBefore(firstSeen) ? member.publishedAt() : firstSeen;
        lastSeen = lastSeen == null || member.publishedAt().isAfter(lastSeen) ? member.publishedAt() : lastSeen;
        size++;
        title = HeadlineQuality.clean(mostCentral().title());
    }

    /** Takes a member back out (a deleted article); false when it is not among the kept members. */
    boolean remove(String articleId, StorySettings settings) {
        Member member = members.stream().filter(m -> m.articleId().equals(articleId)).findFirst().orElse(null);
        if (member == null) {
            return false;
        }
        members.remove(member);
        member.vector().weights().forEach((t, w) -> centroid.computeIfPresent(t, (k, v) -> v - w > 1e-12 ? v - w : null));
        centroidVector = TermVector.of(centroid, settings.centroidTerms());
        size--;
        if (!members.isEmpty()) {
            title = HeadlineQuality.clean(mostCentral().title());
        }
        return true;
    }

    /** Score of an article vector ({@link TermVector#spread}) against this story, before the time decay. */
    double similarity(double[] article, double linkMix) {
        double closest = 0;
        for (Member m : members) {
            closest = Math.max(closest, m.vector().dot(article));
        }
        return linkMix * closest + (1 - linkMix) * centroidVector.dot(article);
    }

    /** Days between {@code t} and the story's time span (0 inside it). */
    double gapDays(Instant t) {
        Instant nearest = t.isBefore(firstSeen) ? firstSeen : t.isAfter(lastSeen) ? lastSeen : t;
        return Math.abs(nearest.getEpochSecond() - t.getEpochSecond()) / 86400.0;
    }

    private Member mostCentral() {
        Member best = members.getFirst();
        double bestScore = -1;
        for (Member m : members) {
            double score = (m.vector().dot(centroidVector) + 0.01) * HeadlineQuality.weight(m.title());
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Instant firstSeen() {
        return firstSeen;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    /** Number of articles ever assigned. */
    public int size() {
        return size;
    }

    /** The centroid's raw term sums (what {@link #restore} takes back). */
    public Map<String, Double> centroidSums() {
        return Map.copyOf(centroid);
    }

    public List<Member> members() {
        return List.copyOf(members);
    }
}
