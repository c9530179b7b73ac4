package io.dateline.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a text into {@link Segment}s at the edges of its annotated spans (entities, time expressions,
 * quotes, or a snippet's hits), so the page can mark each run while every character stays escaped text.
 * Spans may nest or overlap: a run takes the innermost entity or time and says whether it is quoted.
 */
public final class Marks {

    private record Span(int start, int end, String kind, String title, String href) {
        boolean covers(int at) {
            return start <= at && at < end;
        }
    }

    private Marks() {
    }

    /** A search snippet with its hits, given as {@code [{start, end}]} offsets. */
    public static List<Segment> snippet(String text, JsonNode highlights) {
        List<Span> spans = new ArrayList<>();
        for (JsonNode h : iterable(highlights)) {
            spans.add(new Span(h.path("start").asInt(), h.path("end").asInt(), "hit", null, null));
        }
        return cut(text == null ? "" : text, spans);
    }

    /** An article's text with its entities, time expressions and quotes from its annotations. */
    public static List<Segment> article(String text, JsonNode annotations) {
        List<Span> spans = new ArrayList<>();
        for (JsonNode q : iterable(annotations.path("quotes"))) {
            String speaker = q.path("speaker").path("name").asText("someone");
            spans.add(new Span(q.path("start").asInt(), q.path("end").asInt(), "quote", "Quote: " + speaker, null));
        }
        for (JsonNode e : iterable(annotations.path("entities"))) {
            String title = e.path("name").asText() + " · " + e.path("type").asText().toLowerCase()
                    + (e.hasNonNull("country") ? " · " + e.path("country").asText() : "") + " · " + e.path("id").asText();
            String href = Format.path("entities", e.path("id").asText());
            for (JsonNode m : iterable(e.path("mentions"))) {
                spans.add(new Span(m.path("start").asInt(), m.path("end").asInt(), "entity", title, href));
            }
        }
        for (JsonNode t : iterable(annotations.path("times"))) {
            String title = "Date: " + t.path("value").asText("?") + " (" + t.path("granularity").asText("").toLowerCase() + ")";
            spans.add(new Span(t.path("start").asInt(), t.path("end").asInt(), "time", title, null));
        }
        return cut(text == null ? "" : text, spans);
    }

    private static List<Segment> cut(String text, List<Span> spans) {
        TreeSet<Integer> edges = new TreeSet<>(List.of(0, text.length()));
        List<Span> valid = spans.stream().filter(s -> 0 <= s.start() && s.start() < s.end() && s.end() <= text.length())
                .toList();
        valid.forEach(s -> {
            edges.add(s.start());
            edges.add(s.end());
        });
        List<Segment> segments = new ArrayList<>();
        Integer from = edges.first();
        for (Integer to = edges.higher(from); to != null; from = to, to = edges.higher(to)) {
            segments.add(segment(text.substring(from, to), from, valid));
        }
        return segments;
    }

    private static Segment segment(String text, int at, List<Span> spans) {
        Span inner = null;
        boolean quoted = false;
        for (Span s : spans) {
            if (!s.covers(at)) {
                continue;
            }
            if (s.kind().equals("quote")) {
                quoted = true;
            } else if (inner == null || s.end() - s.start() < inner.end() - inner.start()) {
                inner = s;
            }
        }
        if (inner == null) {
            return quoted ? new Segment(text, "quote", quoteTitle(spans, at), null) : Segment.plain(text);
        }
        return new Segment(text, quoted ? inner.kind() + " quote" : inner.kind(), inner.title(), inner.href());
    }

    private static String quoteTitle(List<Span> spans, int at) {
        return spans.stream().filter(s -> s.kind().equals("quote") && s.covers(at)).map(Span::title).findFirst().orElse(null);
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null || !node.isArray() ? List.of() : node;
    }
}
