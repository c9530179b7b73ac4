package io.dateline.articles.nlp.time;

import io.dateline.articles.nlp.time.ClauseTense.Tense;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Completes a partial date (a weekday, a month, a day without a year) against the publication date:
 * among the readings, those consistent with the tense (past: not after publication; future: not
 * before it), the one nearest the publication date. A day equal to the publication day fits both.
 */
final class DateAnchor {

    private record Reading(LocalDate first, LocalDate last) {
        long distance(LocalDate ref) {
            if (!ref.isBefore(first) && !ref.isAfter(last)) {
                return 0;
            }
            return Math.min(Math.abs(ChronoUnit.DAYS.between(ref, first)), Math.abs(ChronoUnit.DAYS.between(ref, last)));
        }
    }

    private final LocalDate published;

    DateAnchor(LocalDate published) {
        this.published = published;
    }

    LocalDate published() {
        return published;
    }

    LocalDate weekday(DayOfWeek day, Tense tense) {
        List<Reading> readings = new ArrayList<>();
        for (int offset = -6; offset <= 6; offset++) {
            LocalDate d = published.plusDays(offset);
            if (d.getDayOfWeek() == day) {
                readings.add(new Reading(d, d));
            }
        }
        return choose(readings, tense).first();
    }

    /** "last Tuesday": strictly before publication; "next Tuesday": strictly after. */
    LocalDate weekdayStrictly(DayOfWeek day, boolean future) {
        LocalDate d = future ? published.plusDays(1) : published.minusDays(1);
        while (d.getDayOfWeek() != day) {
            d = future ? d.plusDays(1) : d.minusDays(1);
        }
        return d;
    }

    /** A day and month without a year; null when the day never exists in that month. */
    LocalDate dayOfMonth(int month, int day, Tense tense) {
        List<Reading> readings = new ArrayList<>();
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            YearMonth ym = YearMonth.of(year, month);
            if (ym.isValidDay(day)) {
                readings.add(new Reading(ym.atDay(day), ym.atDay(day)));
            }
        }
        return readings.isEmpty() ? null : choose(readings, tense).first();
    }

    /** A day that comes back every year (a holiday), given its date in a year. */
    LocalDate yearly(IntFunction<LocalDate> inYear, Tense tense) {
        List<Reading> readings = new ArrayList<>();
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate d = inYear.apply(year);
            readings.add(new Reading(d, d));
        }
        return choose(readings, tense).first();
    }

    /** "the 24th": that day of the previous, current or next month. */
    LocalDate dayOfNearbyMonth(int day, Tense tense) {
        List<Reading> readings = new ArrayList<>();
        for (int shift = -1; shift <= 1; shift++) {
            YearMonth ym = YearMonth.from(published).plusMonths(shift);
            if (ym.isValidDay(day)) {
                readings.add(new Reading(ym.atDay(day), ym.atDay(day)));
            }
        }
        return readings.isEmpty() ? null : choose(readings, tense).first();
    }

    YearMonth month(int month, Tense tense) {
        List<Reading> readings = new ArrayList<>();
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            YearMonth ym = YearMonth.of(year, month);
            readings.add(new Reading(ym.atDay(1), ym.atEndOfMonth()));
        }
        return YearMonth.from(choose(readings, tense).first());
    }

    private Reading choose(List<Reading> readings, Tense tense) {
        List<Reading> fitting = readings.stream().filter(r -> fits(r, tense)).toList();
        List<Reading> pool = fitting.isEmpty() ? readings : fitting;
        return pool.stream().min(Comparator.comparingLong((Reading r) -> r.distance(published))
                .thenComparing(Reading::first)).orElseThrow();
    }

    private boolean fits(Reading r, Tense tense) {
        return switch (tense) {
            case PAST -> !r.first().isAfter(published);
            case FUTURE -> !r.last().isBefore(published);
            case UNKNOWN -> true;
        };
    }

    static String day(LocalDate d) {
        return d.toString();
    }

    static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(YearMonth ym) {
        return ym.toString();
    }
}
