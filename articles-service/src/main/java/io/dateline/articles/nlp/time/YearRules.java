package io.dateline.articles.nlp.time;

import io.dateline.articles.nlp.time.TimeExpression.Granularity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years, alone or in ranges, told apart from four-digit quantities ("1500 troops"). */
final class YearRules extends RuleSet {

    private static final Pattern NEXT_LOWER_WORD = Pattern.compile("\\G\\s+(\\p{Ll}+)");

    YearRules(TextScan scan, DateAnchor anchor, TimeLexicon lexicon, TimePatterns patterns, ClauseTense tense) {
        super(scan, anchor, lexicon, patterns, tense);
    }

    @Override
    void addTo(List<Candidate> candidates) {
        run(patterns.yearRange, this::yearRange, candidates);
        run(patterns.year, this::year, candidates);
    }

    private Candidate year(Matcher m) {
        int year = num(m, 1);
        if (year > anchor.published().getYear() + 30 || !looksLikeYear(m.start(), m.end())) {
            return null;
        }
        return single(m.start(), m.end(), Integer.toString(year), Granularity.YEAR);
    }

    /** "2028-2030", "from 2014 to 2016", "2015-16": two years. */
    private Candidate yearRange(Matcher m) {
        int first = num(m, 1);
        String second = m.group(2);
        int last = second.length() == 2 ? first / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        if (last <= first || last > anchor.published().getYear() + 30 || !looksLikeYear(m.start(1), m.end())) {
            return null;
        }
        TimeExpression from = expression(m.start(1), m.end(1), Integer.toString(first), Granularity.YEAR);
        TimeExpression to = expression(m.start(2), m.end(2), Integer.toString(last), Granularity.YEAR);
        return new Candidate(m.start(), m.end(), List.of(from, to), null);
    }

    /** A year follows a cue ("in 2021", "the 2016 vote") or ends a phrase ("a look back at 2021:"); "1500 troops" does not. */
    private boolean looksLikeYear(int start, int end) {
        if (lexicon.yearCues.contains(words.before(start))) {
            return !followedByPlural(end);
        }
        return end == text.length() || ".,;:)!?\"”'’\n".indexOf(text.charAt(end)) >= 0;
    }

    private boolean followedByPlural(int end) {
        Matcher next = NEXT_LOWER_WORD.matcher(text).region(end, text.length());
        if (!next.find()) {
            return false;
        }
        String word = next.group(1);
        return word.length() > 3 && word.endsWith("s") && !lexicon.functionWords.contains(word);
    }
}
