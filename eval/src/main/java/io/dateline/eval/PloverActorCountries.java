package io.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.articles.nlp.Annotations;
import io.dateline.articles.nlp.Entity;
import io.dateline.articles.nlp.Mention;
import io.dateline.articles.nlp.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * plover.actorCountry: of the PLOVER gold actors coded with a country (source[] and target[] whose
 * {@code code} is an ISO 3166-1 alpha-3 code), the share the pipeline recognises: some entity whose
 * {@code country} equals the code has a mention overlapping an occurrence of the actor's text in the
 * record's text. Codes that are not countries (IGO, NGO, ISM, IMG) and non-ISO codes (JAP, VTN) are
 * left out; so are actors whose text does not occur in the record's text.
 */
public final class PloverActorCountries implements Evaluation {

    private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "ISM", "IMG", "JAP", "VTN");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    @Override
    public String name() {
        return "plover-actor-countries";
    }

    @Override
    public List<String> needs() {
        return List.of("plover-gsr.jsonl");
    }

    @Override
    public LinkedHashMap<String, Double> run(Path datasets) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Pipeline pipeline = Pipeline.standard();
        int coded = 0;
        int recognised = 0;
        boolean verbose = Boolean.getBoolean("eval.verbose");
        for (String line : Files.readAllLines(datasets.resolve("plover-gsr.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = json.readTree(line);
            String text = record.path("text").asText();
            Annotations annotations = pipeline.annotate(text, null);
            for (String side : List.of("source", "target")) {
                for (JsonNode actor : actors(record.path(side))) {
                    String code = actor.path("code").asText();
                    String actorText = actor.path("actorText").asText();
                    int at = text.indexOf(actorText);
                    if (!ISO3.matcher(code).matches() || NOT_COUNTRIES.contains(code) || actorText.isBlank() || at < 0) {
                        continue;
                    }
                    coded++;
                    if (recognised(annotations.entities(), code, text, actorText)) {
                        recognised++;
                    } else if (verbose) {
                        System.out.println("  missed " + code + " «" + actorText + "» in: " + text);
                    }
                }
            }
        }
        LinkedHashMap<String, Double> figures = new LinkedHashMap<>();
        figures.put("plover.actorCountry", coded == 0 ? 0.0 : (double) recognised / coded);
        figures.put("plover.actorCountry.count", (double) coded);
        return figures;
    }

    private static List<JsonNode> actors(JsonNode side) {
        if (side.isArray()) {
            java.util.ArrayList<JsonNode> all = new java.util.ArrayList<>();
            side.forEach(all::add);
            return all;
        }
        return side.isObject() ? List.of(side) : List.of();
    }

    /** Any occurrence of the actor's text overlapped by a mention of an entity of that country. */
    private static boolean recognised(List<Entity> entities, String code, String text, String actorText) {
        for (int at = text.indexOf(actorText); at >= 0; at = text.indexOf(actorText, at + 1)) {
            int end = at + actorText.length();
            for (Entity e : entities) {
                if (code.equals(e.country())) {
                    for (Mention m : e.mentions()) {
                        if (m.start() < end && at < m.end()) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
