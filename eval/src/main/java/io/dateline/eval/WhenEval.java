package io.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.articles.nlp.time.TimeExpression;
import io.dateline.articles.nlp.time.TimeExpression.Granularity;
import io.dateline.articles.nlp.time.TimeExpressionFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Time normalisation on the 5W1H gold standard: the share of annotated "when" phrases with a gold
 * day ({@code parsed}) that we normalise to that day.
 *
 * <p>How a phrase is normalised: the phrase is located in the article (title, then body, as the
 * pipeline sees them) and the finder runs on the whole article, so the tense of the phrase's
 * sentence decides weekdays and months; the finest expression inside the phrase is its value. A
 * phrase holding no date ("at around 4 p.m.", "during the final round") refers to the last day named
 * before it in the article (temporal anaphora); a dateless phrase with nothing before it (typically
 * in the title) refers to the latest day of the week up to publication that the article names (the
 * happening a headline reports), else to the publication day. A phrase not found in the article is
 * read on its own.
 *
 * <p>How it is compared: the gold is always a day. A DAY must equal it. A coarser value (a week, a
 * month, a year) counts when the gold day lies inside it ("2021" holds 2021-03-04) or when the gold
 * is the publication day: that is how the gold writes a period it cannot write as a day (in the
 * data, relative months and bare years are given the publication day).
 * {@code 5w1h.whenParsed.strict} leaves out that second reading.
 *
 * <p>Run with {@code -Ddateline.eval.verbose=true} to print every phrase, our value and the gold.
 *
 * <p>{@code 5w1h.whenParsed} counts the phrases found in the article (the usable ones);
 * {@code 5w1h.whenParsed.all} also those that are not. It also times the finder on news-cluster.
 */
public final class WhenEval implements Evaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean VERBOSE = Boolean.getBoolean("dateline.eval.verbose");

    private final TimeExpressionFinder finder = new TimeExpressionFinder();

    private record Outcome(boolean located, boolean correct, boolean strictlyCorrect) { }

    @Override
    public String name() {
        return "5w1h-when";
    }

    @Override
    public List<String> needs() {
        return List.of("5w1h");
    }

    @Override
    public LinkedHashMap<String, Double> run(Path datasets) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : jsonFiles(datasets.resolve("5w1h"))) {
            outcomes.addAll(article(JSON.readTree(file.toFile())));
        }
        List<Outcome> usable = outcomes.stream().filter(Outcome::located).toList();
        System.out.printf(Locale.ROOT, "when phrases with a gold day: %d, found in their article (usable): %d%n",
                outcomes.size(), usable.size());
        LinkedHashMap<String, Double> figures = new LinkedHashMap<>();
        figures.put("5w1h.whenParsed", share(usable));
        figures.put("5w1h.whenParsed.all", share(outcomes));
        figures.put("5w1h.whenParsed.strict", usable.stream().filter(Outcome::strictlyCorrect).count() / (double) usable.size());
        figures.put("5w1h.whenParsed.usable", (double) usable.size());
        Path cluster = datasets.resolve("news-cluster");
        if (Files.isDirectory(cluster)) {
            printSpeed(cluster);
        }
        return figures;
    }

    private List<Outcome> article(JsonNode article) {
        LocalDate published = LocalDate.parse(article.path("date_publish").asText().substring(0, 10));
        String text = article.path("title").asText("") + "\n\n" + article.path("text").asText("");
        List<TimeExpression> found = finder.find(text, published);
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode when : article.path("fiveWoneH").path("when").path("annotated")) {
            String phrase = when.path("text").asText("");
            String gold = when.path("parsed").asText("");
            if (phrase.isBlank() || gold.isBlank()) {
                continue;
            }
            int at = locate(text, phrase);
            TimeExpression value = at >= 0 ? inContext(found, at, at + phrase.length(), published)
                    : alone(phrase, published);
            LocalDate goldDay = LocalDate.parse(gold.substring(0, 10));
            boolean strict = matches(value, goldDay);
            boolean correct = strict || (value.granularity() != Granularity.DAY && goldDay.equals(published));
            if (VERBOSE) {
                System.out.printf("%s %s | %s -> %s | gold %s%n", correct ? "ok  " : "MISS", published, phrase,
                        value.value(), gold);
            }
            outcomes.add(new Outcome(at >= 0, correct, strict));
        }
        return outcomes;
    }

    /** Where the phrase is in the article, ignoring case and the kind of apostrophe; -1 if absent. */
    private static int locate(String text, String phrase) {
        int at = text.indexOf(phrase);
        return at >= 0 ? at : folded(text).indexOf(folded(phrase));
    }

    private static String folded(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static TimeExpression inContext(List<TimeExpression> found, int start, int end, LocalDate published) {
        List<TimeExpression> inside = found.stream().filter(e -> e.start() < end && e.end() > start).toList();
        if (!inside.isEmpty()) {
            return finest(inside);
        }
        List<TimeExpression> days = found.stream().filter(e -> e.granularity() == Granularity.DAY).toList();
        return days.stream().filter(e -> e.end() <= start).reduce((a, b) -> b)
                .or(() -> days.stream().filter(e -> withinWeekBefore(LocalDate.parse(e.value()), published))
                        .max(Comparator.comparing(TimeExpression::value)))
                .orElse(publicationDay(published));
    }

    private static boolean withinWeekBefore(LocalDate day, LocalDate published) {
        return !day.isAfter(published) && day.isAfter(published.minusWeeks(1));
    }

    private TimeExpression alone(String phrase, LocalDate published) {
        List<TimeExpression> inside = finder.find(phrase, published);
        return inside.isEmpty() ? publicationDay(published) : finest(inside);
    }

    private static TimeExpression finest(List<TimeExpression> expressions) {
        return expressions.stream().min(Comparator.comparing(TimeExpression::granularity)).orElseThrow();
    }

    private static TimeExpression publicationDay(LocalDate published) {
        return new TimeExpression(0, 0, "", published.toString(), Granularity.DAY);
    }

    /** A day must be the gold day; a week, month or year must contain it. */
    static boolean matches(TimeExpression e, LocalDate gold) {
        return switch (e.granularity()) {
            case DAY -> e.value().equals(gold.toString());
            case WEEK -> e.value().equals(String.format(Locale.ROOT, "%d-W%02d",
                    gold.get(IsoFields.WEEK_BASED_YEAR), gold.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            case MONTH -> e.value().equals(gold.toString().substring(0, 7));
            case YEAR -> e.value().equals(gold.toString().substring(0, 4));
        };
    }

    private static double share(List<Outcome> outcomes) {
        return outcomes.isEmpty() ? 0 : outcomes.stream().filter(Outcome::correct).count() / (double) outcomes.size();
    }

    /** Throughput on the news-cluster bodies (printed, not a figure: it depends on the machine). */
    private void printSpeed(Path cluster) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path file : jsonFiles(cluster)) {
            texts.add(JSON.readTree(file.toFile()).path("text").asText(""));
        }
        LocalDate published = LocalDate.of(2016, 11, 10);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            texts.forEach(t -> finder.find(t, published));
        }
        long chars = 0;
        long expressions = 0;
        long t0 = System.nanoTime();
        for (int round = 0; round < 5; round++) {
            for (String t : texts) {
                chars += t.length();
                expressions += finder.find(t, published).size();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "finder speed on news-cluster, one thread (%d texts x5): %.0f chars/s, %.0f expressions/s, %.0f texts/s%n",
                texts.size(), chars / seconds, expressions / seconds, 5 * texts.size() / seconds);
    }

    private static List<Path> jsonFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
