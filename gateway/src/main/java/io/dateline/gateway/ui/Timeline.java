package io.dateline.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * An SVG chart of events over time: one lane per group (an event type, or actor and recipient),
 * a dot per dated event at its first day, a few date ticks. Plain geometry; the template draws it.
 */
@TemplateData
public record Timeline(int width, int height, int left, List<Lane> lanes, List<Dot> dots, List<Tick> ticks,
                       int undated) {

    @TemplateData
    public record Lane(String label, int y) {
    }

    @TemplateData
    public record Dot(int x, int y, String kind, String label, String href) {
    }

    @TemplateData
    public record Tick(int x, String label) {
    }

    /** One event to place, and the lane it goes in. */
    public record Entry(JsonNode event, String lane) {
    }

    static final int WIDTH = 760, LEFT = 130, RIGHT = 40, LANE = 34, TOP = 16, AXIS = 30;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** A story's events, a lane per type. */
    public static Timeline byType(Iterable<JsonNode> events) {
        List<Entry> entries = new ArrayList<>();
        events.forEach(e -> entries.add(new Entry(e, Format.word(e.path("type").asText()))));
        return of(entries);
    }

    public static Timeline of(List<Entry> entries) {
        Map<String, Integer> laneIndex = new LinkedHashMap<>();
        List<Entry> dated = new ArrayList<>();
        for (Entry e : entries) {
            if (firstDay(e.event().path("date").asText(null)) != null) {
                dated.add(e);
                laneIndex.putIfAbsent(e.lane(), laneIndex.size());
            }
        }
        List<Lane> lanes = new ArrayList<>();
        laneIndex.forEach((label, i) -> lanes.add(new Lane(label, TOP + i * LANE + LANE / 2)));
        int height = TOP + Math.max(1, lanes.size()) * LANE + AXIS;
        if (dated.isEmpty()) {
            return new Timeline(WIDTH, height, LEFT, lanes, List.of(), List.of(), entries.size());
        }
        LocalDate min = dated.stream().map(e -> firstDay(e.event().path("date").asText())).min(LocalDate::compareTo).get();
        LocalDate max = dated.stream().map(e -> firstDay(e.event().path("date").asText())).max(LocalDate::compareTo).get();
        if (!max.isAfter(min)) {
            min = min.minusDays(1);
            max = max.plusDays(1);
        }
        Scale scale = new Scale(min, max);
        return new Timeline(WIDTH, height, LEFT, lanes, dots(dated, laneIndex, scale), ticks(scale, height),
                entries.size() - dated.size());
    }

    private record Scale(LocalDate min, LocalDate max) {
        int x(LocalDate day) {
            double span = ChronoUnit.DAYS.between(min, max);
            return LEFT + (int) Math.round((WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(min, day) / span);
        }
    }

    private static List<Dot> dots(List<Entry> dated, Map<String, Integer> laneIndex, Scale scale) {
        Map<String, Integer> taken = new HashMap<>();
        List<Dot> dots = new ArrayList<>();
        for (Entry e : dated) {
            JsonNode event = e.event();
            int lane = laneIndex.get(e.lane());
            int x = scale.x(firstDay(event.path("date").asText()));
            int n = taken.merge(lane + ":" + x, 1, Integer::sum) - 1;
            String label = event.path("date").asText() + " · " + Format.word(event.path("type").asText()) + ": "
                    + event.path("summary").asText("");
            dots.add(new Dot(x + n * 9, TOP + lane * LANE + LANE / 2, Format.kind(event.path("type").asText()), label,
                    Format.path("events", event.path("id").asText())));
        }
        return dots;
    }

    private static List<Tick> ticks(Scale scale, int height) {
        long days = ChronoUnit.DAYS.between(scale.min(), scale.max());
        int count = (int) Math.min(5, days);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            LocalDate day = scale.min().plusDays(Math.round((double) days * i / count));
            ticks.add(new Tick(scale.x(day), day.format(days > 120 ? LONG : SHORT)));
        }
        return ticks;
    }

    /** The first day of an event date at any granularity: 2022-01-24, 2022-W04, 2022-01 or 2022. */
    static LocalDate firstDay(String date) {
        if (date == null) {
            return null;
        }
        try {
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(date);
            }
            if (date.matches("\\d{4}-W\\d{2}")) {
                return LocalDate.of(Integer.parseInt(date.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(date.substring(6)))
                        .with(java.time.DayOfWeek.MONDAY);
            }
            if (date.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(date + "-01");
            }
            if (date.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(date), 1, 1);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    public int axisY() {
        return height - AXIS + 6;
    }
}
