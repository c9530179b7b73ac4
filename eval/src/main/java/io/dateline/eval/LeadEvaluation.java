package io.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.events.extract.EventExtractor;
import io.dateline.events.extract.Lead;
import io.dateline.events.feed.AnnotatedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Article leads (5W) on the 5W1H gold standard. Each article's body is annotated by the articles pipeline
 * (the title stays a separate field, as in the feed) and {@code EventExtractor.lead} names who, what,
 * when and where. A W counts when half or more of our phrase's content words are in one annotated phrase;
 * {@code when} also counts when our day equals an annotated {@code parsed} day. Each figure is over the
 * articles that annotate that W. Set -Dlead.debug=true to print every lead.
 */
final class LeadEvaluation implements Evaluation {

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "and", "for",
            "from", "with", "by", "as", "is", "was", "his", "her", "its", "their", "this", "that");

    @Override
    public String name() {
        return "5w1h leads";
    }

    @Override
    public List<String> needs() {
        return List.of("5w1h");
    }

    @Override
    public LinkedHashMap<String, Double> run(Path datasets) throws Exception {
        ObjectMapper json = new ObjectMapper();
        boolean debug = Boolean.getBoolean("lead.debug");
        String[] ws = {"who", "what", "when", "where"};
        int[] right = new int[ws.length];
        int[] asked = new int[ws.length];
        List<Path> files;
        try (Stream<Path> list = Files.list(datasets.resolve("5w1h"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode a = json.readTree(file.toFile());
            LocalDate published = LocalDate.parse(a.path("date_publish").asText().substring(0, 10));
            AnnotatedArticle article = AnnotationsBridge.annotate(file.getFileName().toString(), a.path("title").asText(),
                    a.path("text").asText(""), published, null);
            Lead lead = EventExtractor.standard().lead(article);
            String[] ours = {lead.who(), lead.what(), lead.when(), lead.where()};
            if (debug) {
                System.out.println("# " + file.getFileName() + (lead.event() == null ? ""
                        : " main event in sentence " + lead.event().evidence().sentenceIndex() + ": " + lead.event().summary()
                        + " / place " + (lead.event().location() == null ? null : lead.event().location().text())));
            }
            for (int w = 0; w < ws.length; w++) {
                JsonNode gold = a.path("fiveWoneH").path(ws[w]).path("annotated");
                if (!annotated(gold)) {
                    continue;
                }
                asked[w]++;
                boolean ok = overlaps(ours[w], gold) || ws[w].equals("when") && sameDay(lead.day(), gold);
                right[w] += ok ? 1 : 0;
                if (debug) {
                    List<String> golds = new ArrayList<>();
                    gold.forEach(g -> golds.add(g.path("text").asText() + (g.has("parsed") ? "=" + g.path("parsed").asText() : "")));
                    System.out.println((ok ? "  ok  " : "  MISS ") + ws[w] + ": " + ours[w]
                            + (ws[w].equals("when") ? "=" + lead.day() : "") + "  | gold " + golds);
                }
            }
        }
        LinkedHashMap<String, Double> figures = new LinkedHashMap<>();
        for (int w = 0; w < ws.length; w++) {
            figures.put("5w1h." + ws[w], asked[w] == 0 ? 0.0 : right[w] / (double) asked[w]);
        }
        return figures;
    }

    /** True when some annotated phrase has text (a few annotations are empty). */
    private static boolean annotated(JsonNode gold) {
        for (JsonNode g : gold) {
            if (!g.path("text").asText("").isBlank()) {
                return true;
            }
        }
        return false;
    }

    static boolean overlaps(String ours, JsonNode gold) {
        Set<String> mine = words(ours);
        if (mine.isEmpty()) {
            return false;
        }
        for (JsonNode g : gold) {
            Set<String> theirs = words(g.path("text").asText(""));
            long shared = mine.stream().filter(theirs::contains).count();
            if (shared * 2 >= mine.size()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDay(String day, JsonNode gold) {
        if (day == null || day.length() != 10) {
            return false;
        }
        for (JsonNode g : gold) {
            if (day.equals(g.path("parsed").asText(""))) {
                return true;
            }
        }
        return false;
    }

    static Set<String> words(String phrase) {
        Set<String> out = new HashSet<>();
        if (phrase == null) {
            return out;
        }
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
