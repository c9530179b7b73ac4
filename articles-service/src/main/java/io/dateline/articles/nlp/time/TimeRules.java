package io.dateline.articles.nlp.time;

import io.dateline.articles.nlp.time.ClauseTense.Tense;
import io.dateline.articles.nlp.time.TimeExpression.Granularity;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the matches of each pattern over one text into candidate expressions (one call to find). */
final class TimeRules {

    /** A match before overlaps are settled; {@code shiftDays} is set for "the day before"-like phrases. */
    record Candidate(int start, int end, List<TimeExpression> parts, Integer shiftDays) {
        int length() {
            return end - start;
        }
    }

    private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "last", "next", "this");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s*([\\p{L}]+)");
    private static final Pattern NEXT_LOWER_WORD = Pattern.compile("\\G\\s+(\\p{Ll}+)");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}]+)[\\s-]+$");

    private final String text;
    private final DateAnchor anchor;
    private final ClauseTense tense;
    private final TimeLexicon lexicon;
    private final TimePatterns patterns;
    private final List<Candidate> candidates = new ArrayList<>();

    TimeRules(String text, LocalDate published, TimeLexicon lexicon, TimePatterns patterns, ClauseTense tense) {
        this.text = text;
        this.anchor = new DateAnchor(published);
        this.lexicon = lexicon;
        this.patterns = patterns;
        this.tense = tense;
    }

    /** Every candidate, in the order of the rules (earlier rules win ties of length). */
    List<Candidate> candidates() {
        run(patterns.notDate, m -> new Candidate(m.start(), m.end(), List.of(), null));
        run(patterns.holiday, this::holiday);
        run(patterns.isoDate, this::isoDate);
        run(patterns.numericDate, this::numericDate);
        run(patterns.dayRange, this::dayRange);
        run(patterns.monthDayRange, this::monthDayRange);
        run(patterns.monthDay, this::monthDay);
        run(patterns.dayMonth, this::dayMonth);
        run(patterns.monthRange, this::monthRange);
        run(patterns.monthYear, this::monthYear);
        run(patterns.monthAlone, this::monthAlone);
        run(patterns.weekday, this::weekday);
        run(patterns.relativeDay, this::relativeDay);
        run(patterns.anaphoricDay, this::anaphoricDay);
        run(patterns.period, this::period);
        run(patterns.recent, this::recent);
        run(patterns.weekend, this::weekend);
        run(patterns.ago, this::ago);
        run(patterns.ordinalDay, this::ordinalDay);
        run(patterns.yearRange, this::yearRange);
        run(patterns.year, this::year);
        return candidates;
    }

    private void run(Pattern pattern, Function<Matcher, Candidate> rule) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
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
        return dayCandidate(withWeekday(m.start()), m.end(), month(m.group(1)), num(m, 2), m.group(3));
    }

    private Candidate dayMonth(Matcher m) {
        return dayCandidate(withWeekday(m.start()), m.end(), month(m.group(2)), num(m, 1), m.group(3));
    }

    /** The start of a date, moved back over a weekday written before it ("Friday, Oct. 7"). */
    private int withWeekday(int start) {
        Matcher before = patterns.weekdayBefore.matcher(text).region(Math.max(0, start - 12), start)
                .useTransparentBounds(true);
        return before.find() ? before.start() : start;
    }

    private Candidate dayRange(Matcher m) {
        int month = month(m.group(3));
        TimeExpression first = dayExpression(m.start(1), m.end(1), month, num(m, 1), m.group(4), m.start());
        TimeExpression second = dayExpression(m.start(2), m.end(), month, num(m, 2), m.group(4), m.start());
        return pair(m, first, second);
    }

    private Candidate monthDayRange(Matcher m) {
        int month = month(m.group(1));
        TimeExpression first = dayExpression(m.start(), m.end(2), month, num(m, 2), m.group(4), m.start());
        TimeExpression second = dayExpression(m.start(3), m.end(), month, num(m, 3), m.group(4), m.start());
        return pair(m, first, second);
    }

    private Candidate monthRange(Matcher m) {
        TimeExpression first = monthExpression(m.start(1), m.end(1), month(m.group(1)), m.group(3), m.start());
        TimeExpression second = monthExpression(m.start(2), m.end(), month(m.group(2)), m.group(3), m.start());
        return pair(m, first, second);
    }

    private Candidate monthYear(Matcher m) {
        YearMonth ym = YearMonth.of(num(m, 2), month(m.group(1)));
        return single(m.start(), m.end(), DateAnchor.month(ym), Granularity.MONTH);
    }

    /** A month name alone needs a preposition or modifier ("in May", "last March"): "May" is also a modal. */
    private Candidate monthAlone(Matcher m) {
        String[] before = wordsBefore(m.start(), 2);
        String modifier = MODIFIERS.contains(before[1]) ? before[1] : null;
        String preposition = modifier != null ? before[0] : before[1];
        if (modifier == null && !lexicon.monthPrepositions.contains(preposition)) {
            return null;
        }
        int start = modifier != null ? m.start() - distanceBack(m.start(), 1) : m.start();
        int month = month(m.group(1));
        YearMonth ym;
        if ("last".equals(modifier) || "next".equals(modifier)) {
            ym = strictMonth(month, modifier.equals("next"));
        } else {
            ym = anchor.month(month, tense.around(text, start, m.end()));
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

    private Candidate weekday(Matcher m) {
        String before = wordsBefore(m.start(), 1)[0];
        String modifier = MODIFIERS.contains(before) && !before.equals("mid") ? before : null;
        int start = modifier != null ? m.start() - distanceBack(m.start(), 1) : m.start();
        DayOfWeek day = DayOfWeek.of(lexicon.weekday(m.group(1)));
        LocalDate d;
        if ("last".equals(modifier) || "next".equals(modifier)) {
            d = anchor.weekdayStrictly(day, modifier.equals("next"));
        } else {
            d = anchor.weekday(day, tense.around(text, start, m.end()));
        }
        return single(start, m.end(), DateAnchor.day(d), Granularity.DAY);
    }

    /** The n words just before {@code pos}, lower case, nearest last ("" where there is none). */
    private String[] wordsBefore(int pos, int n) {
        String[] words = new String[n];
        java.util.Arrays.fill(words, "");
        int i = pos;
        for (int k = n - 1; k >= 0; k--) {
            int end = skipSeparators(i);
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                break;
            }
            words[k] = text.substring(start, end).toLowerCase(Locale.ROOT);
            i = start;
        }
        return words;
    }

    /** How far back from {@code pos} the k-th word before it starts. */
    private int distanceBack(int pos, int k) {
        int i = pos;
        for (int j = 0; j < k; j++) {
            i = skipSeparators(i);
            while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
        }
        return pos - i;
    }

    /** Moves back over the spaces or hyphen between two words (at most a few characters). */
    private int skipSeparators(int pos) {
        int i = pos;
        while (i > 0 && pos - i < 3 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '-')) {
            i--;
        }
        return i == pos ? pos : i;
    }

    private Candidate holiday(Matcher m) {
        Holiday holiday = lexicon.holiday(m.group(1));
        LocalDate d = anchor.yearly(holiday::in, tense.around(text, m.start(), m.end()));
        return single(m.start(), m.end(), DateAnchor.day(d), Granularity.DAY);
    }

    private Candidate relativeDay(Matcher m) {
        int offset = lexicon.relativeDays.get(normal(m.group(1)));
        return single(m.start(), m.end(), DateAnchor.day(anchor.published().plusDays(offset)), Granularity.DAY);
    }

    private Candidate anaphoricDay(Matcher m) {
        TimeExpression part = new TimeExpression(m.start(), m.end(), m.group(), null, Granularity.DAY);
        return new Candidate(m.start(), m.end(), List.of(part), lexicon.anaphoricDays.get(normal(m.group(1))));
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
        LocalDate saturday = anchor.weekday(DayOfWeek.SATURDAY, tense.around(text, m.start(), m.end()));
        return single(m.start(1), m.end(), DateAnchor.week(saturday), Granularity.WEEK);
    }

    private Candidate ago(Matcher m) {
        String n = lower(m.group(1));
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : lexicon.numbers.get(n);
        return unitCandidate(m, lower(m.group(2)), -count);
    }

    /** "the 24th" is a day after "on", "by"... and when no noun follows ("the 24th floor", "the 5th, with"). */
    private Candidate ordinalDay(Matcher m) {
        int day = num(m, 1);
        Matcher next = NEXT_WORD.matcher(text).region(m.end(), text.length());
        boolean nounFollows = next.find() && !lexicon.functionWords.contains(lower(next.group(1)));
        boolean joined = m.end() < text.length() && text.charAt(m.end()) == '-';
        if (day < 1 || day > 31 || nounFollows || joined || !lexicon.ordinalDayCues.contains(wordsBefore(m.start(), 1)[0])) {
            return null;
        }
        LocalDate d = anchor.dayOfNearbyMonth(day, tense.around(text, m.start(), m.end()));
        return d == null ? null : single(m.start(), m.end(), DateAnchor.day(d), Granularity.DAY);
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
        Matcher before = WORD_BEFORE.matcher(text).region(Math.max(0, start - 30), start);
        if (before.find() && lexicon.yearCues.contains(lower(before.group(1)))) {
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

    private Candidate unitCandidate(Matcher m, String unit, int offset) {
        LocalDate p = anchor.published();
        return switch (unit) {
            case "day" -> single(m.start(), m.end(), DateAnchor.day(p.plusDays(offset)), Granularity.DAY);
            case "week", "weekend" -> single(m.start(), m.end(), DateAnchor.week(p.plusWeeks(offset)), Granularity.WEEK);
            case "month" -> single(m.start(), m.end(), DateAnchor.month(YearMonth.from(p).plusMonths(offset)), Granularity.MONTH);
            default -> single(m.start(), m.end(), Integer.toString(p.getYear() + offset), Granularity.YEAR);
        };
    }

    private Candidate dayCandidate(int start, int end, int month, int day, String year) {
        TimeExpression e = dayExpression(start, end, month, day, year, start);
        return e == null ? null : new Candidate(start, end, List.of(e), null);
    }

    /** A day of a month, with its year or the year the tense of the clause at {@code clause} implies. */
    private TimeExpression dayExpression(int start, int end, int month, int day, String year, int clause) {
        LocalDate d = year != null ? LocalDate.of(Integer.parseInt(year), month, day)
                : anchor.dayOfMonth(month, day, tense.around(text, clause, end));
        return d == null ? null : expression(start, end, DateAnchor.day(d), Granularity.DAY);
    }

    private TimeExpression monthExpression(int start, int end, int month, String year, int clause) {
        YearMonth ym = year != null ? YearMonth.of(Integer.parseInt(year), month)
                : anchor.month(month, tense.around(text, clause, end));
        return expression(start, end, DateAnchor.month(ym), Granularity.MONTH);
    }

    private Candidate pair(Matcher m, TimeExpression first, TimeExpression second) {
        if (first == null || second == null) {
            return null;
        }
        return new Candidate(m.start(), m.end(), List.of(first, second), null);
    }

    private Candidate single(int start, int end, String value, Granularity granularity) {
        return new Candidate(start, end, List.of(expression(start, end, value, granularity)), null);
    }

    private TimeExpression expression(int start, int end, String value, Granularity granularity) {
        return new TimeExpression(start, end, text.substring(start, end), value, granularity);
    }

    private int month(String name) {
        return lexicon.month(name);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String normal(String phrase) {
        return lower(phrase).replaceAll("\\s+", " ");
    }
}
