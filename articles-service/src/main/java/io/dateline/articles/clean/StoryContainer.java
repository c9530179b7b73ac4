package io.dateline.articles.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Finds the element holding the story (the best-scored one) and the siblings that continue it. */
final class StoryContainer {

    private static final int TOP_CANDIDATES = 5;
    /** Moving up must gain this many times more prose than other text. */
    private static final int PROSE_GAIN = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。](\\s|$)");

    private StoryContainer() {
    }

    /** The story's elements in page order, or an empty list when no prose was found. */
    static List<Element> find(Element body, ContentScores scores) {
        List<Element> top = topCandidates(scores);
        if (top.isEmpty()) {
            return List.of();
        }
        Element best = climb(commonAncestor(top, scores), scores);
        best = towardsMoreProse(best);
        return withSiblings(best, scores);
    }

    private static List<Element> topCandidates(ContentScores scores) {
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Element e : scores.all().keySet()) {
            ranked.add(Map.entry(e, scores.score(e)));
        }
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        return ranked.stream().limit(TOP_CANDIDATES).map(Map.Entry::getKey).toList();
    }

    /** When several strong candidates sit under one ancestor, the story is that ancestor (split bodies). */
    private static Element commonAncestor(List<Element> top, ContentScores scores) {
        Element best = top.get(0);
        double bestScore = scores.score(best);
        List<Element> strong = top.stream().skip(1).filter(e -> scores.score(e) >= 0.75 * bestScore).toList();
        if (strong.size() < 2) {
            return best;
        }
        for (Element ancestor = best.parent(); ancestor != null && !ancestor.normalName().equals("body");
                ancestor = ancestor.parent()) {
            Element candidate = ancestor;
            long inside = strong.stream().filter(e -> isAncestor(candidate, e)).count();
            if (inside >= 2) {
                return ancestor;
            }
        }
        return best;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Moves up while a parent scores clearly better, and past wrappers with a single child. */
    private static Element climb(Element best, ContentScores scores) {
        double last = scores.score(best);
        double threshold = last / 3;
        for (Element p = best.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            if (!scores.has(p)) {
                continue;
            }
            double score = scores.score(p);
            if (score < threshold) {
                break;
            }
            if (score > last) {
                best = p;
                break;
            }
            last = score;
        }
        while (best.parent() != null && !best.parent().normalName().equals("body")
                && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        return best;
    }

    /**
     * A story split into several blocks (around pictures, quotes, ads) has its best-scored block
     * inside a larger one: move up while an ancestor adds more prose than it adds other text.
     */
    private static Element towardsMoreProse(Element best) {
        int prose = prose(best);
        int other = best.text().length() - prose;
        for (Element p = best.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            int parentProse = prose(p);
            int parentOther = p.text().length() - parentProse;
            if (parentProse - prose < 200) {
                continue;
            }
            if (parentProse - prose < PROSE_GAIN * (parentOther - other)) {
                break;
            }
            best = p;
            prose = parentProse;
            other = parentOther;
        }
        return best;
    }

    /** Characters in the element's paragraphs of prose (not link lists). */
    static int prose(Element e) {
        int length = 0;
        for (Element p : e.select("p")) {
            int n = p.text().length();
            if (n >= 60 && LinkDensity.of(p) < 0.3) {
                length += n;
            }
        }
        return length;
    }

    private static List<Element> withSiblings(Element best, ContentScores scores) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double bestScore = scores.score(best);
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> story = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best || continues(sibling, best, bestScore, threshold, scores)) {
                story.add(sibling);
            }
        }
        return story;
    }

    private static boolean continues(Element sibling, Element best, double bestScore, double threshold,
                                     ContentScores scores) {
        double bonus = !best.className().isEmpty() && sibling.className().equals(best.className())
                ? bestScore * 0.2 : 0;
        if (scores.has(sibling) && scores.score(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        String text = sibling.text();
        double links = scores.linkDensity(sibling);
        if (text.length() > 80) {
            return links < 0.25;
        }
        return !text.isEmpty() && links == 0 && SENTENCE_END.matcher(text).find();
    }
}
