package io.dateline.articles.nlp.time;

import io.dateline.articles.nlp.time.ClauseTense.Tense;
import io.dateline.articles.nlp.time.TimeExpression.Granularity;
import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;

/** A family of rules over one text (one call to find): each turns the matches of a pattern into candidates. */
abstract class RuleSet {

    protected final String text;
    protected final DateAnchor anchor;
    protected final TimeLexicon lexicon;
    protected final TimePatterns patterns;
    protected final ClauseTense tense;
    protected final WordsAround words;
    private final TextScan scan;

    RuleSet(TextScan scan, DateAnchor anchor, TimeLexicon lexicon, TimePatterns patterns, ClauseTense tense) {
        this.scan = scan;
        this.text = scan.text();
        this.anchor = anchor;
        this.lexicon = lexicon;
        this.patterns = patterns;
        this.tense = tense;
        this.words = new WordsAround(text);
    }

    /** Adds this family's candidates, in rule order (earlier rules win ties of length). */
    abstract void addTo(List<Candidate> candidates);

    /** Each match of the pattern, as {@code Matcher.find} gives them, tried only where the scan found it may start. */
    protected void run(GatedPattern pattern, Function<Matcher, Candidate> rule, List<Candidate> candidates) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        for (int start : scan.startsOf(pattern)) {
            if (start < from || !GatedPattern.matchesAt(m, text, start)) {
                continue;
            }
            from = GatedPattern.after(m);
            try {
                Candidate c = rule.apply(m);
                if (c != null) {
                    candidates.add(c);
                }
            } catch (DateTimeException impossibleDate) {
                // "31 February" and the like are not dates
            }
        }
    }

    protected Tense tenseAround(int start, int end) {
        return tense.around(text, start, end);
    }

    protected Candidate pair(Matcher m, TimeExpression first, TimeExpression second) {
        if (first == null || second == null) {
            return null;
        }
        return new Candidate(m.start(), m.end(), List.of(first, second), null);
    }

    protected Candidate single(int start, int end, String value, Granularity granularity) {
        return new Candidate(start, end, List.of(expression(start, end, value, granularity)), null);
    }

    protected TimeExpression expression(int start, int end, String value, Granularity granularity) {
        return new TimeExpression(start, end, text.substring(start, end), value, granularity);
    }

    /** "two", "a" or "12" as a number. */
    protected int count(String word) {
        String n = lower(word);
        return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : lexicon.numbers.get(n);
    }

    protected static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    protected static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** Lower case with single spaces, as the lexicon keys are written. */
    protected static String normal(String phrase) {
        return lower(phrase).replaceAll("\\s+", " ");
    }
}
