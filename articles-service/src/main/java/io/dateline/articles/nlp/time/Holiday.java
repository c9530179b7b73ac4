package io.dateline.articles.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/** A named day of the year ("Christmas", "Thanksgiving"), from a row of holidays.tsv. */
record Holiday(String name, String rule, String modifier) {

    /** The holiday's date in {@code year}. */
    LocalDate in(int year) {
        if (rule.equals("easter")) {
            return easter(year).plusDays(Integer.parseInt(modifier));
        }
        LocalDate day = MonthDay.parse("--" + rule).atYear(year);
        if (modifier == null) {
            return day;
        }
        boolean before = modifier.startsWith("-");
        DayOfWeek weekday = weekday(modifier.replace("-", ""));
        return day.with(before ? TemporalAdjusters.previousOrSame(weekday) : TemporalAdjusters.nextOrSame(weekday));
    }

    private static DayOfWeek weekday(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown weekday " + abbreviation);
    }

    /** Easter Sunday (Gregorian computus, anonymous algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
