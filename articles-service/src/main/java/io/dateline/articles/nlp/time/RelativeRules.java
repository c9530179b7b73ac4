package io.dateline.articles.nlp.time;

import io.dateline.articles.nlp.time.TimeExpression.Granularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** Days and periods counted from publication or from the last day named: "on Tuesday", "yesterday", "last week", "the day before". */
final class RelativeRules extends RuleSet {

    private static final Set<String> MODIFIERS = Set.of("early", "late", "last", "next", "this");

    RelativeRules(TextScan scan, DateAnchor anchor, TimeLexicon lexicon, TimePatterns patterns, ClauseTense tense) {
        super(scan, anchor, lexicon, patterns, tense);
    }

    @Override
    void addTo(List<Candidate> candidates) {
        run(patterns.weekday, this::weekday, candidates);
        run(patterns.relativeDay, this::relativeDay, candidates);
        run(patterns.anaphoricDay, this::anaphoricDay, candidates);
        run(patterns.daysLater, this::daysLater, candidates);
        run(patterns.period, this::period, candidates);
        run(patterns.recent, this::recent, candidates);
        run(patterns.weekend, this::weekend, candidates);
        run(patterns.ago, this::ago, candidates);
    }

    private Candidate weekday(Matcher m) {
        String before = words.before(m.start());
        String modifier = MODIFIERS.contains(before) ? before : null;
        int start = modifier != null ? words.startOfWordBefore(m.start()) : m.start();
        DayOfWeek day = DayOfWeek.of(lexicon.weekday(m.group(1)));
        LocalDate d;
        if ("last".equals(modifier) || "next".equals(modifier)) {
            d = anchor.weekdayStrictly(day, modifier.equals("next"));
        } else {
            d = anchor.weekday(day, tenseAround(start, m.end()));
        }
        return single(start, m.end(), DateAnchor.day(d), Granularity.DAY);
    }

    private Candidate relativeDay(Matcher m) {
        int offset = lexicon.relativeDays.get(normal(m.group(1)));
        return single(m.start(), m.end(), DateAnchor.day(anchor.published().plusDays(offset)), Granularity.DAY);
    }

    private Candidate anaphoricDay(Matcher m) {
        TimeExpression part = new TimeExpression(m.start(), m.end(), m.group(), null, Granularity.DAY);
        return new Candidate(m.start(), m.end(), List.of(part), lexicon.anaphoricDays.get(normal(m.group(1))));
    }

    /** "three days later", "a week earlier": counted from the last day named before. */
    private Candidate daysLater(Matcher m) {
        int days = count(m.group(1)) * (lower(m.group(2)).equals("week") ? 7 : 1);
        String direction = lower(m.group(3));
        int sign = direction.equals("later") || direction.equals("after") ? 1 : -1;
        TimeExpression part = new TimeExpression(m.start(), m.end(), m.group(), null, Granularity.DAY);
        return new Candidate(m.start(), m.end(), List.of(part), sign * days);
    }

    private Candidate period(Matcher m) {
        int offset = lexicon.relativePeriods.get(normal(m.group(1)));
        return unitCandidate(m, lower(m.group(2)), offset);
    }

    /** "in recent weeks" is the stretch just before publication: its week (or month). */
    private Candidate recent(Matcher m) {
        String unit = lower(m.group(1));
        return unitCandidate(m, unit.equals("months") ? "month" : "week", 0);
    }

    /** "at the weekend": the weekend before publication in a past clause, the next one in a future one. */
    private Candidate weekend(Matcher m) {
        LocalDate saturday = anchor.weekday(DayOfWeek.SATURDAY, tenseAround(m.start(), m.end()));
        return single(m.start(1), m.end(), DateAnchor.week(saturday), Granularity.WEEK);
    }

    private Candidate ago(Matcher m) {
        return unitCandidate(m, lower(m.group(2)), -count(m.group(1)));
    }

    private Candidate unitCandidate(Matcher m, String unit, int offset) {
        LocalDate p = anchor.published();
        return switch (unit) {
            case "day" -> single(m.start(), m.end(), DateAnchor.day(p.plusDays(offset)), Granularity.DAY);
            case "week", "weekend" -> single(m.start(), m.end(), DateAnchor.week(p.plusWeeks(offset)), Granularity.WEEK);
            case "month" -> single(m.start(), m.end(), DateAnchor.month(YearMonth.from(p).plusMonths(offset)), Granularity.MONTH);
            default -> single(m.start(), m.end(), Integer.toString(p.getYear() + offset), Granularity.YEAR);
        };
    }
}
