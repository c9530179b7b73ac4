package io.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.events.extract.EventExtractor;
import io.dateline.events.extract.ExtractedEvent;
import io.dateline.events.extract.Participant;
import io.dateline.events.extract.PloverType;
import io.dateline.events.feed.AnnotatedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * PLOVER event types on plover-gsr.jsonl: each record's text is annotated as a one-sentence article and
 * counts when an extracted event has the gold type (older labels read as PLOVER's current ones).
 * {@code plover.eventTypeActors} also wants that event's actor country among the gold source codes and,
 * when the record has a target, its recipient's (else its location's) country among the target codes.
 * {@code plover.mainEventType} asks the same of the one event the lead picks (a stricter reading), and
 * {@code plover.eventsPerRecord} says how many events a record yields. Set -Dplover.debug=true to print the misses.
 */
final class PloverEventEvaluation implements Evaluation {

    private static final String FILE = "plover-gsr.jsonl";

    @Override
    public String name() {
        return "plover events";
    }

    @Override
    public List<String> needs() {
        return List.of(FILE);
    }

    @Override
    public LinkedHashMap<String, Double> run(Path datasets) throws Exception {
        ObjectMapper json = new ObjectMapper();
        boolean debug = Boolean.getBoolean("plover.debug");
        int records = 0;
        int typeRight = 0;
        int actorsRight = 0;
        int mainRight = 0;
        int eventCount = 0;
        for (String line : Files.readAllLines(datasets.resolve(FILE))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = json.readTree(line);
            records++;
            PloverType gold = PloverType.fromLabel(r.path("event").asText());
            AnnotatedArticle article = AnnotationsBridge.annotate(r.path("id").asText(), null, r.path("text").asText(),
                    day(r.path("date").asText(null)), null);
            List<ExtractedEvent> events = EventExtractor.standard().extract(article);
            ExtractedEvent main = EventExtractor.standard().lead(article).event();
            mainRight += main != null && main.type() == gold ? 1 : 0;
            eventCount += events.size();
            List<ExtractedEvent> typed = events.stream().filter(e -> e.type() == gold).toList();
            Set<String> sources = codes(r.path("source"));
            Set<String> targets = codes(r.path("target"));
            boolean actors = typed.stream().anyMatch(e -> matches(e.actor(), sources)
                    && (targets.isEmpty() || matches(e.recipient(), targets)
                    || (e.location() != null && targets.contains(e.location().country()))));
            typeRight += typed.isEmpty() ? 0 : 1;
            actorsRight += actors ? 1 : 0;
            if (debug && (typed.isEmpty() || !actors)) {
                System.out.println((typed.isEmpty() ? "TYPE " : "ACTOR ") + gold + " " + sources + "->" + targets
                        + " | " + r.path("text").asText());
                events.forEach(e -> System.out.println("    " + e.type() + "/" + e.mode() + " " + country(e.actor())
                        + "->" + country(e.recipient()) + " [" + e.trigger() + "] " + e.summary()));
            }
        }
        LinkedHashMap<String, Double> figures = new LinkedHashMap<>();
        figures.put("plover.eventType", typeRight / (double) records);
        figures.put("plover.eventTypeActors", actorsRight / (double) records);
        figures.put("plover.mainEventType", mainRight / (double) records);
        figures.put("plover.eventsPerRecord", eventCount / (double) records);
        return figures;
    }

    private static String country(Participant p) {
        return p == null ? "-" : p.parts().stream().map(x -> x.country() == null ? x.name() : x.country()).toList().toString();
    }

    /** A participant matches when one of its parts has a gold country, or is an unplaced organisation coded IGO/NGO. */
    private static boolean matches(Participant p, Set<String> codes) {
        if (codes.isEmpty()) {
            return true;
        }
        if (p == null) {
            return false;
        }
        for (Participant part : p.parts()) {
            if (part.country() != null && codes.contains(part.country())) {
                return true;
            }
            boolean organisation = "ORGANIZATION".equals(part.entityType()) && part.country() == null;
            if (organisation && (codes.contains("IGO") || codes.contains("NGO"))) {
                return true;
            }
        }
        return false;
    }

    /** The gold actor codes; the records use CAMEO's JAP for Japan. */
    private static Set<String> codes(JsonNode actors) {
        Set<String> codes = new HashSet<>();
        if (actors.isArray()) {
            for (JsonNode a : actors) {
                String code = a.path("code").asText("");
                codes.add(code.equals("JAP") ? "JPN" : code);
            }
        }
        codes.remove("");
        return codes;
    }

    private static LocalDate day(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
