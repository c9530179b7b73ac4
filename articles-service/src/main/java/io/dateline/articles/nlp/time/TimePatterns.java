package io.dateline.articles.nlp.time;

import io.dateline.articles.nlp.time.TimeLexicon.CalendarName;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The regular expressions of every kind of time expression, built once from the lexicon.
 * Month and weekday names must be capitalised ("march" is a verb), abbreviations like "Jan"
 * only count before a day number or a year unless they carry their period.
 */
final class TimePatterns {

    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** A day number not continued by digits, a time ("6:30", "6.10") or a thousands group ("9,000"). */
    private static final String DAY = "(\\d{1,2})" + ORDINAL + "(?![\\d%]|[:.,]\\d)";
    private static final String YEAR = "(1[89]\\d\\d|20\\d\\d)(?![\\d%]|[,.]\\d)";
    private static final String DASH = "\\s*(?:-|–|—|to|and|through|until)\\s*";
    private static final String PART_OF_DAY = "(?:\\s+(?i:morning|afternoon|evening|night))?";

    final Pattern isoDate = Pattern.compile("(?<![\\d.])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    final Pattern numericDate = Pattern.compile("(?<![\\d.,/])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d])");
    final Pattern monthDay;
    final Pattern dayMonth;
    final Pattern dayRange;
    final Pattern monthDayRange;
    final Pattern monthYear;
    final Pattern monthRange;
    final Pattern monthAlone;
    final Pattern weekday;
    final Pattern relativeDay;
    final Pattern anaphoricDay;
    final Pattern period;
    final Pattern recent = Pattern.compile("\\b(?i:(?:in|over)\\s+(?:the\\s+)?)?(?i:recent)\\s+(?i:(days|weeks|months))\\b");
    final Pattern ago;
    final Pattern weekend = Pattern.compile("\\b(?i:(?:at|over|during|on)\\s+)(?i:(the\\s+weekend))\\b");
    final Pattern holiday;
    final Pattern notDate;
    final Pattern ordinalDay = Pattern.compile("\\b(?i:the)\\s+(\\d{1,2})(?:st|nd|rd|th)\\b");
    final Pattern year = Pattern.compile("(?<![\\d,.$£€#/])\\b" + YEAR + "(?!s\\b|-\\d)\\b");

    TimePatterns(TimeLexicon lexicon) {
        String anyWeekday = names(lexicon.weekdays, n -> true);
        String fullWeekday = names(lexicon.weekdays, n -> !n.abbreviation());
        String anyMonth = names(lexicon.months, n -> true);
        // a month standing alone: its full name, or an abbreviation with its period ("Sept.")
        String loneMonth = "(?:" + names(lexicon.months, n -> !n.abbreviation()) + "|"
                + names(lexicon.months, CalendarName::abbreviation) + "(?=\\.))";
        String weekdayPrefix = "(?:\\b(?:" + anyWeekday + ")\\.?,?\\s+)?";
        String yearSuffix = "(?:,?\\s+" + YEAR + ")?";

        monthDay = Pattern.compile(weekdayPrefix + "\\b(" + anyMonth + ")\\.?\\s+" + DAY + yearSuffix);
        dayMonth = Pattern.compile(weekdayPrefix + "(?:\\b(?i:the)\\s+)?(?<![\\d,.])\\b" + DAY
                + "\\s+(?:of\\s+)?(" + anyMonth + ")\\b\\.?" + yearSuffix);
        dayRange = Pattern.compile("(?:\\b(?i:between|from)\\s+)?(?<![\\d,.])\\b" + DAY + DASH + DAY
                + "\\s+(?:of\\s+)?(" + anyMonth + ")\\b\\.?" + yearSuffix);
        monthDayRange = Pattern.compile("\\b(" + anyMonth + ")\\.?\\s+" + DAY + DASH + DAY + yearSuffix);
        monthYear = Pattern.compile("\\b(" + anyMonth + ")\\.?,?\\s+(?:of\\s+)?" + YEAR);
        monthRange = Pattern.compile("(?:\\b(?i:between|from)\\s+)?\\b(" + loneMonth + ")\\.?" + DASH + "("
                + loneMonth + ")\\b\\.?" + yearSuffix);
        monthAlone = Pattern.compile("\\b(?:(?i:(in|since|until|till|by|from|of|during|through|before|after|between"
                + "|and|to|on|for))\\s+)?(?:(?i:(early|late|mid|last|next|this))[\\s-]+)?\\b(" + loneMonth + ")\\b");
        weekday = Pattern.compile("\\b(?:(?i:(last|next|this|early|late|on))\\s+)?\\b(" + fullWeekday
                + ")(?:['’]s)?\\b" + PART_OF_DAY);
        relativeDay = Pattern.compile("\\b(?i:(" + phrases(lexicon.relativeDays.keySet()) + "))\\b" + PART_OF_DAY);
        anaphoricDay = Pattern.compile("\\b(?i:(" + phrases(lexicon.anaphoricDays.keySet())
                + "))\\b(?!\\s+(?i:the|a|an|his|her|its|their|this|that|he|she|they)\\b)");
        period = Pattern.compile("\\b(?i:(" + phrases(lexicon.relativePeriods.keySet()) + ")\\s+(weekend|week|month|year))\\b");
        holiday = Pattern.compile("\\b(" + asWritten(lexicon.holidays.stream().map(Holiday::name).toList()) + ")(?!\\w)");
        notDate = Pattern.compile("\\b(?:" + asWritten(lexicon.notDates) + ")\\b");
        ago = Pattern.compile("\\b(?i:(" + phrases(lexicon.numbers.keySet()) + "|\\d{1,2})\\s+(day|week|month|year)s?\\s+ago)\\b");
    }

    /** Alternation of names, longest first, each in Title case and in upper case. */
    private static String names(List<CalendarName> names, Predicate<CalendarName> which) {
        return names.stream().filter(which).map(CalendarName::name)
                .flatMap(n -> Stream.of(n, n.toUpperCase(Locale.ROOT)))
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }

    /** Alternation of names matched as written, longest first; apostrophes may be straight or curly. */
    private static String asWritten(Collection<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q"))
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    private static String phrases(Collection<String> phrases) {
        return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
