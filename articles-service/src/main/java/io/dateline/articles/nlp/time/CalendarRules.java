package io.dateline.articles.nlp.time;

import io.dateline.articles.nlp.time.TimeExpression.Granularity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** Dates on the calendar: "24 January 2022", "Jan. 24", "2022-01-24", "in February", "the 24th", holidays, ranges. */
final class CalendarRules extends RuleSet {

    private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "last", "next", "this");

    CalendarRules(TextScan scan, DateAnchor anchor, TimeLexicon lexicon, TimePatterns patterns, ClauseTense tense) {
        super(scan, anchor, lexicon, patterns, tense);
    }

    @Override
    void addTo(List<Candidate> candidates) {
        run(patterns.notDate, m -> new Candidate(m.start(), m.end(), List.of(), null), candidates);
        run(patterns.holiday, this::holiday, candidates);
        run(patterns.isoDate, this::isoDate, candidates);
        run(patterns.numericDate, this::numericDate, candidates);
        run(patterns.dayRange, this::dayRange, candidates);
        run(patterns.monthDayRange, this::monthDayRange, candidates);
        run(patterns.monthDay, this::monthDay, candidates);
        run(patterns.dayMonth, this::dayMonth, candidates);
        run(patterns.monthRange, this::monthRange, candidates);
        run(patterns.monthYear, this::monthYear, candidates);
        run(patterns.monthAlone, this::monthAlone, candidates);
        run(patterns.ordinalDay, this::ordinalDay, candidates);
    }

    private Candidate holiday(Matcher m) {
        Holiday holiday = lexicon.holiday(m.group(1));
        LocalDate d = anchor.yearly(holiday::in, tenseAround(m.start(), m.end()));
        return single(m.start(), m.end(), DateAnchor.day(d), Granularity.DAY);
    }

    private Candidate isoDate(Matcher m) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        return single(m.start(), m.end(), DateAnchor.day(d), Granularity.DAY);
    }

    /** 24.01.2022 is day-first; with slashes the order is the one that makes a date (else skipped). */
    private Candidate numericDate(Matcher m) {
        int a = num(m, 1);
        int b = num(m, 3);
        int year = num(m, 4);
        boolean dayFirst = m.group(2).equals(".") || a > 12;
        if (m.group(2).equals("/") && a <= 12 && b <= 12 && a != b) {
            return null;
        }
        LocalDate d = dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
        return single(m.start(), m.end(), DateAnchor.day(d), Granularity.DAY);
    }

    private Candidate monthDay(Matcher m) {
        return dayCandidate(withWeekday(m.start()), m.end(), lexicon.month(m.group(1)), num(m, 2), m.group(3));
    }

    private Candidate dayMonth(Matcher m) {
        return dayCandidate(withWeekday(m.start()), m.end(), lexicon.month(m.group(2)), num(m, 1), m.group(3));
    }

    /** The start of a date, moved back over a weekday written before it ("Friday, Oct. 7"). */
    private int withWeekday(int start) {
        Matcher before = patterns.weekdayBefore.matcher(text).region(Math.max(0, start - 12), start)
                .useTransparentBounds(true);
        return before.find() ? before.start() : start;
    }

    private Candidate dayRange(Matcher m) {
        int month = lexicon.month(m.group(3));
        TimeExpression first = dayExpression(m.start(1), m.end(1), month, num(m, 1), m.group(4), m.start());
        TimeExpression second = dayExpression(m.start(2), m.end(), month, num(m, 2), m.group(4), m.start());
        return pair(m, first, second);
    }

    private Candidate monthDayRange(Matcher m) {
        int month = lexicon.month(m.group(1));
        TimeExpression first = dayExpression(m.start(), m.end(2), month, num(m, 2), m.group(4), m.start());
        TimeExpression second = dayExpression(m.start(3), m.end(), month, num(m, 3), m.group(4), m.start());
        return pair(m, first, second);
    }

    private Candidate monthRange(Matcher m) {
        TimeExpression first = monthExpression(m.start(1), m.end(1), lexicon.month(m.group(1)), m.group(3), m.start());
        TimeExpression second = monthExpression(m.start(2), m.end(), lexicon.month(m.group(2)), m.group(3), m.start());
        return pair(m, first, second);
    }

    private Candidate monthYear(Matcher m) {
        YearMonth ym = YearMonth.of(num(m, 2), lexicon.month(m.group(1)));
        return single(m.start(), m.end(), DateAnchor.month(ym), Granularity.MONTH);
    }

    /** A month name alone needs a preposition or modifier ("in May", "last March"): "May" is also a modal. */
    private Candidate monthAlone(Matcher m) {
        String[] before = words.before(m.start(), 2);
        String modifier = MODIFIERS.contains(before[1]) ? before[1] : null;
        String preposition = modifier != null ? before[0] : before[1];
        if (modifier == null && !lexicon.monthPrepositions.contains(preposition)) {
            return null;
        }
        int start = modifier != null ? words.startOfWordBefore(m.start()) : m.start();
        int month = lexicon.month(m.group(1));
        YearMonth ym;
        if ("last".equals(modifier) || "next".equals(modifier)) {
            ym = strictMonth(month, modifier.equals("next"));
        } else {
            ym = anchor.month(month, tenseAround(start, m.end()));
        }
        return single(start, m.end(), DateAnchor.month(ym), Granularity.MONTH);
    }

    private YearMonth strictMonth(int month, boolean next) {
        YearMonth ym = YearMonth.from(anchor.published());
        do {
            ym = next ? ym.plusMonths(1) : ym.minusMonths(1);
        } while (ym.getMonthValue() != month);
        return ym;
    }

    /** "the 24th" is a day after "on", "by"... and when no noun follows ("the 24th floor", "the 5th, with"). */
    private Candidate ordinalDay(Matcher m) {
        int day = num(m, 1);
        String next = words.after(m.end());
        boolean nounFollows = next != null && !lexicon.functionWords.contains(next);
        boolean joined = m.end() < text.length() && text.charAt(m.end()) == '-';
        if (day < 1 || day > 31 || nounFollows || joined || !lexicon.ordinalDayCues.contains(words.before(m.start()))) {
            return null;
        }
        LocalDate d = anchor.dayOfNearbyMonth(day, tenseAround(m.start(), m.end()));
        return d == null ? null : single(m.start(), m.end(), DateAnchor.day(d), Granularity.DAY);
    }

    private Candidate dayCandidate(int start, int end, int month, int day, String year) {
        TimeExpression e = dayExpression(start, end, month, day, year, start);
        return e == null ? null : new Candidate(start, end, List.of(e), null);
    }

    /** A day of a month, with its year or the year the tense of the clause at {@code clause} implies. */
    private TimeExpression dayExpression(int start, int end, int month, int day, String year, int clause) {
        LocalDate d = year != null ? LocalDate.of(Integer.parseInt(year), month, day)
                : anchor.dayOfMonth(month, day, tenseAround(clause, end));
        return d == null ? null : expression(start, end, DateAnchor.day(d), Granularity.DAY);
    }

    private TimeExpression monthExpression(int start, int end, int month, String year, int clause) {
        YearMonth ym = year != null ? YearMonth.of(Integer.parseInt(year), month)
                : anchor.month(month, tenseAround(clause, end));
        return expression(start, end, DateAnchor.month(ym), Granularity.MONTH);
    }
}
