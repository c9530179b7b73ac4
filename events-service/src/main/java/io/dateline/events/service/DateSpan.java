package io.dateline.events.service;

import io.dateline.events.extract.EventDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The days an event date covers: one day, an ISO week, a month or a year. */
public record DateSpan(LocalDate start, LocalDate end) {

    /** The span of an extracted date, or null when there is none or its value cannot be read. */
    public static DateSpan of(EventDate date) {
        if (date == null || date.value() == null) {
            return null;
        }
        try {
            return parse(date.value());
        } catch (DateTimeParseException | IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    private static DateSpan parse(String v) {
        if (v.length() == 4) {
            LocalDate jan1 = LocalDate.of(Integer.parseInt(v), 1, 1);
            return new DateSpan(jan1, jan1.with(TemporalAdjusters.lastDayOfYear()));
        }
        if (v.contains("-W")) {
            int year = Integer.parseInt(v.substring(0, 4));
            int week = Integer.parseInt(v.substring(6));
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
            return new DateSpan(monday, monday.plusDays(6));
        }
        if (v.length() == 7) {
            YearMonth month = YearMonth.parse(v);
            return new DateSpan(month.atDay(1), month.atEndOfMonth());
        }
        LocalDate day = LocalDate.parse(v.substring(0, 10));
        return new DateSpan(day, day);
    }

    /** Days between the two spans; 0 when they overlap. */
    public long gapDays(DateSpan other) {
        if (other.end.isBefore(start)) {
            return start.toEpochDay() - other.end.toEpochDay();
        }
        if (end.isBefore(other.start)) {
            return other.start.toEpochDay() - end.toEpochDay();
        }
        return 0;
    }
}
