package io.dateline.articles.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a written date (and time) in a line: "24 January 2022", "Jan. 24, 2022, 10:30 AM",
 * "2022-01-24T10:00:00+02:00", "24.01.2022"; month names in several languages ({@code clean/months.txt}).
 */
final class DateWords {

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
            .collect(Collectors.joining("|", "(?<month>", ")\\.?"));
    private static final String YEAR = "(?<year>(?:19|20)\\d\\d)";
    private static final String TIME = "(?:,?\\s*(?:at|à|um|a las|alle|в)?\\s*(?<hour>\\d{1,2})[:h.](?<minute>\\d\\d)"
            + "(?::\\d\\d)?\\s*(?<ampm>[ap]\\.?m\\.?)?)?";
    private static final Pattern ISO = Pattern.compile(
            "(?<year>(?:19|20)\\d\\d)-(?<mon>\\d\\d)-(?<day>\\d\\d)(?:[T ](?<hour>\\d\\d):(?<minute>\\d\\d)"
            + "(?::\\d\\d(?:\\.\\d+)?)?\\s*(?<zone>Z|[+-]\\d\\d:?\\d\\d)?)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d])(?<day>\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?" + YEAR + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(?<a>\\d{1,2})(?<sep>[./])(?<b>\\d{1,2})\\k<sep>" + YEAR + "(?![\\d])" + TIME);

    private DateWords() {
    }

    /** The first date written in the text, or null. */
    static OffsetDateTime find(String text) {
        OffsetDateTime best = null;
        int at = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {ISO, DAY_MONTH, MONTH_DAY, NUMERIC}) {
            Matcher m = p.matcher(text);
            while (m.find() && m.start() < at) {
                OffsetDateTime date = read(m, p == NUMERIC);
                if (date != null) {
                    best = date;
                    at = m.start();
                    break;
                }
            }
        }
        return best;
    }

    /** True when the text is little more than a date (a date line in a page's header). */
    static boolean onlyDate(String text) {
        String rest = text;
        for (Pattern p : new Pattern[] {ISO, DAY_MONTH, MONTH_DAY, NUMERIC}) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        return !rest.equals(text) && LineShape.words(rest) <= 3;
    }

    private static OffsetDateTime read(Matcher m, boolean numeric) {
        try {
            int year = Integer.parseInt(m.group("year"));
            int month;
            int day;
            if (numeric) {
                int a = Integer.parseInt(m.group("a"));
                int b = Integer.parseInt(m.group("b"));
                boolean monthFirst = m.group("sep").equals("/") && b <= 31 && a <= 12 || b > 12;
                month = monthFirst ? a : b;
                day = monthFirst ? b : a;
            } else {
                month = hasGroup(m, "mon") ? Integer.parseInt(m.group("mon")) : MONTHS.get(key(m.group("month")));
                day = Integer.parseInt(m.group("day"));
            }
            return LocalDate.of(year, month, day).atTime(time(m)).atOffset(zone(m));
        } catch (DateTimeException | NullPointerException notADate) {
            return null;
        }
    }

    private static LocalTime time(Matcher m) {
        if (m.group("hour") == null) {
            return LocalTime.MIDNIGHT;
        }
        int hour = Integer.parseInt(m.group("hour"));
        String ampm = hasGroup(m, "ampm") ? m.group("ampm") : null;
        if (ampm != null) {
            hour = hour % 12 + (ampm.toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
        }
        return LocalTime.of(hour, Integer.parseInt(m.group("minute")));
    }

    private static ZoneOffset zone(Matcher m) {
        String zone = hasGroup(m, "zone") ? m.group("zone") : null;
        if (zone == null || zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        return ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
    }

    private static boolean hasGroup(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">") && m.group(group) != null;
    }

    private static String key(String month) {
        return month.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static Map<String, Integer> months() {
        CueFile file = CueFile.load("months.txt");
        Map<String, Integer> months = new HashMap<>();
        for (int m = 1; m <= 12; m++) {
            for (String name : file.section(Integer.toString(m))) {
                months.put(name, m);
            }
        }
        return months;
    }
}
