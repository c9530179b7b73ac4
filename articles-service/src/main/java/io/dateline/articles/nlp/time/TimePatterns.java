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
    /** A day number not continued by digits, a time ("7:25", "7.25") or a thousands group ("9,000"). */
    private static final String DAY = "(\\d{1,2})" + ORDINAL + "(?![\\d%]|[:.,]\\d)";
    private static final String YEAR = "(1[89]\\d\\d|20\\d\\d)(?![\\d%]|[,.]\\d)";
    private static final String DASH = "\\s*(?:-|–|—|to|and|through|until)\\s*";
    /**
     * "the day before," counts from the last day named; "the day before the vote" from a day we do not
     * know: a trailing "before" or "after" must end its clause.
     */
    private static final String CLAUSE_END = "(?:(?<=(?i:before|after))(?=\\s*[,.;:)!?\\n]|\\s*$)|(?<!(?i:before|after)))";
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    /** A range opens with "between", "from" or its first number. */
    private static final List<String> RANGE_OPENERS = Stream.concat(Stream.of("between", "from"), DIGITS.stream()).toList();
    private static final String PART_OF_DAY = "(?:\\s+(?i:morning|afternoon|evening|night))?";

    final GatedPattern isoDate = new GatedPattern("\\d", false, "(?<![\\d.])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    final GatedPattern numericDate = new GatedPattern("\\d", false, "(?<![\\d.,/])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d])");
    final GatedPattern monthDay;
    final GatedPattern dayMonth;
    final GatedPattern dayRange;
    final GatedPattern monthDayRange;
    final GatedPattern monthYear;
    final GatedPattern monthRange;
    final GatedPattern monthAlone;
    final GatedPattern weekday;
    /** A weekday written just before a date ("Thu, May 12"), searched in the few characters before it. */
    final Pattern weekdayBefore;
    final GatedPattern relativeDay;
    final GatedPattern anaphoricDay;
    final GatedPattern period;
    final GatedPattern recent = new GatedPattern("[iIoOrR]", true,
            "\\b(?i:(?:in|over)\\s+(?:the\\s+)?)?(?i:recent)\\s+(?i:(days|weeks|months))\\b", List.of("recent"))
            .opensWith(List.of("in", "over", "recent"));
    final GatedPattern ago;
    final GatedPattern weekend = new GatedPattern("[aAoOdD]", true, "\\b(?i:(?:at|over|during|on)\\s+)(?i:(the\\s+weekend))\\b",
            List.of("weekend")).opensWith(List.of("at", "over", "during", "on"));
    final GatedPattern holiday;
    final GatedPattern daysLater;
    final GatedPattern notDate;
    final GatedPattern ordinalDay = new GatedPattern("[tT]", true, "\\b(?i:the)\\s+(\\d{1,2})(?:st|nd|rd|th)\\b",
            List.of(), "0123456789").opensWith(List.of("the"));
    final GatedPattern yearRange = new GatedPattern("[12bBfF]", true, "(?:\\b(?i:between|from)\\s+)?(?<![\\d,.$£€#/])\\b" + YEAR
            + "\\s*(?:-|–|—|to|and|until)\\s*(\\d\\d(?!\\d)|" + YEAR + ")(?!s\\b|-\\d)\\b").opensWith(RANGE_OPENERS);
    private final TextScan.Gates gates;
    final GatedPattern year = new GatedPattern("[12]", true, "(?<![\\d,.$£€#/])\\b" + YEAR + "(?!s\\b|-\\d)\\b");

    TimePatterns(TimeLexicon lexicon) {
        String anyWeekday = names(lexicon.weekdays, n -> true);
        String fullWeekday = names(lexicon.weekdays, n -> !n.abbreviation());
        String anyMonth = names(lexicon.months, n -> true);
        // a month standing alone: its full name, or an abbreviation with its period ("Sept.")
        String loneMonth = "(?:" + names(lexicon.months, n -> !n.abbreviation()) + "|"
                + names(lexicon.months, CalendarName::abbreviation) + "(?=\\.))";
        String yearSuffix = "(?:,?\\s+" + YEAR + ")?";
        // the period after "Oct" belongs to the date; the one after "October" ends the sentence
        String abbreviationDot = "(?:(?<=\\b(?:" + names(lexicon.months, CalendarName::abbreviation) + "))\\.)?";
        String monthGate = "[" + initials(lexicon.months) + "]";
        String weekdayGate = "[" + initials(lexicon.weekdays) + "]";

        List<String> monthNames = lexicon.months.stream().map(CalendarName::name).toList();
        monthDay = new GatedPattern(monthGate, true, "\\b(" + anyMonth + ")\\.?\\s+" + DAY + yearSuffix).opensWith(monthNames);
        dayMonth = new GatedPattern("\\d", true, "(?<![\\d,.])\\b" + DAY
                + "\\s+(?:of\\s+)?(" + anyMonth + ")\\b" + abbreviationDot + yearSuffix);
        dayRange = new GatedPattern("[\\dbBfF]", true, "(?:\\b(?i:between|from)\\s+)?(?<![\\d,.])\\b" + DAY + DASH + DAY
                + "\\s+(?:of\\s+)?(" + anyMonth + ")\\b" + abbreviationDot + yearSuffix).opensWith(RANGE_OPENERS);
        monthDayRange = new GatedPattern(monthGate, true, "\\b(" + anyMonth + ")\\.?\\s+" + DAY + DASH + DAY + yearSuffix)
                .opensWith(monthNames);
        monthYear = new GatedPattern(monthGate, true, "\\b(" + anyMonth + ")\\.?,?\\s+(?:of\\s+)?" + YEAR).opensWith(monthNames);
        // a range starts with "between", "from" or a month name (its initial is a capital)
        monthRange = new GatedPattern("[" + initials(lexicon.months) + "bBfF]", true, "(?:\\b(?i:between|from)\\s+)?\\b(" + loneMonth + ")\\.?" + DASH
                + "(" + loneMonth + ")\\b" + abbreviationDot + yearSuffix)
                .opensWith(Stream.concat(monthNames.stream(), Stream.of("between", "from")).toList());
        monthAlone = new GatedPattern(monthGate, true, "\\b(" + loneMonth + ")\\b").opensWith(monthNames);
        weekday = new GatedPattern(weekdayGate, true, "\\b(" + fullWeekday + ")(?:['’]s)?\\b" + PART_OF_DAY)
                .opensWith(lexicon.weekdays.stream().map(CalendarName::name).toList());
        weekdayBefore = Pattern.compile("\\b(?:" + anyWeekday + ")\\.?,?\\s+$");
        relativeDay = new GatedPattern(gate(lexicon.relativeDays.keySet()), true, "\\b(?i:(" + phrases(lexicon.relativeDays.keySet())
                + "))\\b" + PART_OF_DAY, lastWords(lexicon.relativeDays.keySet())).opensWith(firstWords(lexicon.relativeDays.keySet()));
        anaphoricDay = new GatedPattern(gate(lexicon.anaphoricDays.keySet()), true, "\\b(?i:(" + phrases(lexicon.anaphoricDays.keySet())
                + "))\\b" + CLAUSE_END, lastWords(lexicon.anaphoricDays.keySet()), secondWordInitials(lexicon.anaphoricDays.keySet()))
                .opensWith(firstWords(lexicon.anaphoricDays.keySet()));
        period = new GatedPattern(gate(lexicon.relativePeriods.keySet()), true, "\\b(?i:(" + phrases(lexicon.relativePeriods.keySet())
                + ")\\s+(weekend|week|month|year))\\b", List.of("week", "month", "year"))
                .opensWith(firstWords(lexicon.relativePeriods.keySet()));
        List<String> holidays = lexicon.holidays.stream().map(Holiday::name).toList();
        holiday = new GatedPattern(writtenGate(holidays), true, "\\b(" + asWritten(holidays) + ")(?!\\w)")
                .opensWith(firstWords(holidays));
        notDate = new GatedPattern(writtenGate(lexicon.notDates), true, "\\b(?:" + asWritten(lexicon.notDates) + ")\\b")
                .opensWith(firstWords(lexicon.notDates));
        daysLater = new GatedPattern("[\\d" + firstLetters(lexicon.numbers.keySet()) + "]", true, "\\b(?i:(" + phrases(lexicon.numbers.keySet())
                + "|\\d{1,2})\\s+(day|week)s?\\s+(later|earlier|after|before))\\b" + CLAUSE_END, List.of("later", "earlier", "after", "before"),
                oneWord(lexicon.numbers.keySet()) ? "dDwW" : null).opensWith(numberOpeners(lexicon));
        ago = new GatedPattern("[\\d" + firstLetters(lexicon.numbers.keySet()) + "]", true, "\\b(?i:(" + phrases(lexicon.numbers.keySet())
                + "|\\d{1,2})\\s+(day|week|month|year)s?\\s+ago)\\b", List.of("ago"),
                oneWord(lexicon.numbers.keySet()) ? "dDwWmMyY" : null).opensWith(numberOpeners(lexicon));
        gates = new TextScan.Gates(List.of(isoDate, numericDate, monthDay, dayMonth, dayRange, monthDayRange, monthYear,
                monthRange, monthAlone, weekday, relativeDay, anaphoricDay, period, recent, ago, weekend, holiday, daysLater,
                notDate, ordinalDay, yearRange, year));
    }

    /** Reads a text once for all the patterns above. */
    TextScan scan(String text) {
        return new TextScan(text, gates);
    }

    /** Number words, or a digit. */
    private static List<String> numberOpeners(TimeLexicon lexicon) {
        return Stream.concat(firstWords(lexicon.numbers.keySet()).stream(), DIGITS.stream()).toList();
    }

    /**
     * What each name or phrase opens with: its first word up to a space or an apostrophe (the patterns
     * let any spacing, and a curly apostrophe for a straight one, follow it).
     */
    private static List<String> firstWords(Collection<String> phrases) {
        return phrases.stream().map(p -> p.split("[ ']", 2)[0]).distinct().toList();
    }

    /** The capital initials of calendar names ("JFMASOND" for months). */
    private static String initials(List<CalendarName> names) {
        return names.stream().map(n -> n.name().substring(0, 1)).distinct().reduce("", String::concat);
    }

    /** The characters where one of the phrases can start: every other position is skipped in one step. */
    private static String gate(Collection<String> phrases) {
        return "[" + firstLetters(phrases) + "]";
    }

    /** The first characters of names matched as written (a straight apostrophe also matches a curly one). */
    private static String writtenGate(Collection<String> names) {
        StringBuilder first = new StringBuilder("[");
        names.stream().map(n -> n.substring(0, 1)).map(c -> c.equals("'") ? "'’" : c).distinct()
                .forEach(c -> first.append(Pattern.quote(c)));
        return first.append(']').toString();
    }

    /** The last word of each phrase, in lower case: every match of one of the phrases holds one. */
    private static List<String> lastWords(Collection<String> phrases) {
        return phrases.stream().map(p -> p.substring(p.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** Whether every phrase is one word of ASCII letters or digits. */
    private static boolean oneWord(Collection<String> phrases) {
        return phrases.stream().allMatch(p -> !p.isEmpty() && p.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c)));
    }

    /**
     * The initials, in both cases, of the phrases' second words, when every phrase has a first word of
     * ASCII letters or digits and a second word; else null (no such gate).
     */
    private static String secondWordInitials(Collection<String> phrases) {
        StringBuilder initials = new StringBuilder();
        for (String p : phrases) {
            String[] words = p.split(" ");
            if (words.length < 2 || !oneWord(List.of(words[0])) || words[1].isEmpty()) {
                return null;
            }
            String c = words[1].substring(0, 1);
            initials.append(c.toLowerCase(Locale.ROOT)).append(c.toUpperCase(Locale.ROOT));
        }
        return initials.toString();
    }

    private static String firstLetters(Collection<String> phrases) {
        StringBuilder letters = new StringBuilder();
        phrases.stream().map(p -> p.substring(0, 1)).flatMap(c -> Stream.of(c.toLowerCase(Locale.ROOT), c.toUpperCase(Locale.ROOT)))
                .distinct().forEach(letters::append);
        return letters.toString();
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
