package io.dateline.articles.nlp.time;

import io.dateline.articles.nlp.time.TimeExpression.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds time expressions in a text and normalises them against the publication date: absolute
 * dates, weekdays and months completed by the tense of their clause, relative days and periods,
 * day and month ranges, and years. Regular expressions only; one instance serves many threads.
 */
public final class TimeExpressionFinder {

    private final TimeLexicon lexicon;
    private final TimePatterns patterns;
    private final ClauseTense tense;

    public TimeExpressionFinder() {
        lexicon = TimeLexicon.shared();
        patterns = new TimePatterns(lexicon);
        tense = new ClauseTense(lexicon);
    }

    /**
     * The time expressions of {@code text} in reading order, with character offsets into it.
     * Relative expressions count from {@code publicationDate} (an article without one should pass
     * the day it was received).
     */
    public List<TimeExpression> find(String text, LocalDate publicationDate) {
        Objects.requireNonNull(publicationDate, "publicationDate");
        DateAnchor anchor = new DateAnchor(publicationDate);
        List<Candidate> candidates = new ArrayList<>();
        TextScan scan = patterns.scan(text);
        new CalendarRules(scan, anchor, lexicon, patterns, tense).addTo(candidates);
        new RelativeRules(scan, anchor, lexicon, patterns, tense).addTo(candidates);
        new YearRules(scan, anchor, lexicon, patterns, tense).addTo(candidates);
        return anchorAnaphora(withoutOverlaps(candidates), publicationDate);
    }

    /** The longest candidates win; of equal ones, the earlier rule (stable sort keeps rule order). */
    private static List<Candidate> withoutOverlaps(List<Candidate> candidates) {
        List<Candidate> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt(Candidate::length).reversed());
        boolean[] taken = new boolean[candidates.stream().mapToInt(Candidate::end).max().orElse(0)];
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : byLength) {
            if (free(taken, c)) {
                Arrays.fill(taken, c.start(), c.end(), true);
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    private static boolean free(boolean[] taken, Candidate c) {
        for (int i = c.start(); i < c.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** "the day before" counts from the last day named before it, or from the publication date. */
    private static List<TimeExpression> anchorAnaphora(List<Candidate> kept, LocalDate published) {
        List<TimeExpression> found = new ArrayList<>();
        LocalDate lastDay = published;
        for (Candidate c : kept) {
            for (TimeExpression e : c.parts()) {
                TimeExpression resolved = e;
                if (c.shiftDays() != null) {
                    LocalDate d = lastDay.plusDays(c.shiftDays());
                    resolved = new TimeExpression(e.start(), e.end(), e.text(), DateAnchor.day(d), Granularity.DAY);
                }
                if (resolved.granularity() == Granularity.DAY) {
                    lastDay = LocalDate.parse(resolved.value());
                }
                found.add(resolved);
            }
        }
        return List.copyOf(found);
    }
}
