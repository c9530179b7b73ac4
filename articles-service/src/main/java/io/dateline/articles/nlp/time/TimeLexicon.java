package io.dateline.articles.nlp.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The word lists of time expressions, read once from the data files next to this class. */
final class TimeLexicon {

    /** A calendar name ("January", "Tue") with its number and whether it is an abbreviation. */
    record CalendarName(String name, int number, boolean abbreviation) { }

    final List<CalendarName> months;
    final List<CalendarName> weekdays;
    final Map<String, Integer> numbers;
    final Map<String, Integer> relativeDays;
    final Map<String, Integer> anaphoricDays;
    final Map<String, Integer> relativePeriods;
    final Set<String> futureCues;
    final Set<String> pastCues;
    final Set<String> openCues;
    final Set<String> notPastEd;
    final Set<String> yearCues;
    final Set<String> functionWords;
    final Set<String> monthPrepositions;
    final Set<String> ordinalDayCues;
    final List<Holiday> holidays;
    final List<String> notDates;

    private static final TimeLexicon SHARED = new TimeLexicon();

    static TimeLexicon shared() {
        return SHARED;
    }

    private TimeLexicon() {
        months = names("months.tsv");
        weekdays = names("weekdays.tsv");
        numbers = offsets("numbers.tsv");
        relativeDays = offsets("relative-days.tsv");
        anaphoricDays = offsets("anaphoric-days.tsv");
        relativePeriods = offsets("relative-periods.tsv");
        futureCues = words("future-cues.txt");
        pastCues = words("past-cues.txt");
        openCues = words("open-cues.txt");
        notPastEd = words("not-past-ed.txt");
        yearCues = words("year-cues.txt");
        functionWords = words("function-words.txt");
        monthPrepositions = words("month-prepositions.txt");
        ordinalDayCues = words("ordinal-day-cues.txt");
        holidays = rows("holidays.tsv").stream()
                .map(r -> new Holiday(r[0], r[1], r.length > 2 ? r[2] : null)).toList();
        notDates = rows("not-dates.txt").stream().map(r -> r[0]).toList();
    }

    int month(String name) {
        return number(months, name);
    }

    int weekday(String name) {
        return number(weekdays, name);
    }

    Holiday holiday(String name) {
        String normal = name.replaceAll("\\s+", " ").replace('’', '\'');
        return holidays.stream().filter(h -> h.name().equals(normal)).findFirst().orElseThrow();
    }

    private static int number(List<CalendarName> names, String name) {
        return names.stream().filter(n -> n.name().equalsIgnoreCase(name)).findFirst()
                .map(CalendarName::number).orElseThrow(() -> new IllegalArgumentException(name));
    }

    private static List<CalendarName> names(String file) {
        List<CalendarName> names = new ArrayList<>();
        for (String[] row : rows(file)) {
            names.add(new CalendarName(row[0], Integer.parseInt(row[1]), row.length > 2 && row[2].equals("abbr")));
        }
        return List.copyOf(names);
    }

    private static Map<String, Integer> offsets(String file) {
        Map<String, Integer> offsets = new LinkedHashMap<>();
        rows(file).forEach(row -> offsets.put(row[0].toLowerCase(Locale.ROOT), Integer.parseInt(row[1])));
        return Map.copyOf(offsets);
    }

    private static Set<String> words(String file) {
        return rows(file).stream().map(row -> row[0].toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String[]> rows(String file) {
        try (InputStream in = TimeLexicon.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing time lexicon file " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
