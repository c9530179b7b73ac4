package io.dateline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The eval command: runs every evaluation on ../shared/datasets and prints each figure.
 * With --check it fails (exit 1) when a figure is below its floor in docs/quality.md.
 *
 * <pre>./dateline eval [--shared ../shared] [--check] [--only name]</pre>
 */
public final class Eval {

    /** Every evaluation, in the order printed. */
    static List<Evaluation> all() {
        return List.of(new ExtractionEval(), new PageTextEval(), new WhenEval(), new PloverActorCountries(),
                new PloverEventEvaluation(), new LeadEvaluation(),
                new StoryClusteringEval(), new DuplicateEval());
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of("../shared");
        boolean check = false;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(args[++i]);
                case "--check" -> check = true;
                case "--only" -> only = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path datasets = shared.resolve("datasets");
        if (!Files.isDirectory(datasets)) {
            System.out.println("eval: no datasets at " + datasets.toAbsolutePath() + "; nothing measured.");
            return;
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (Evaluation e : all()) {
            if (only != null && !e.name().contains(only)) {
                continue;
            }
            List<String> missing = e.needs().stream().filter(n -> !Files.exists(datasets.resolve(n))).toList();
            if (!missing.isEmpty()) {
                System.out.println("== " + e.name() + ": skipped, missing " + missing);
                continue;
            }
            long t0 = System.nanoTime();
            LinkedHashMap<String, Double> result = e.run(datasets);
            System.out.printf(Locale.ROOT, "== %s (%.1f s)%n", e.name(), (System.nanoTime() - t0) / 1e9);
            result.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-40s %.4f%n", k, v));
            figures.putAll(result);
        }
        if (check) {
            Map<String, Double> floors = Floors.read(Path.of("docs/quality.md"));
            if (only != null) {
                floors.keySet().retainAll(figures.keySet());
            }
            List<String> failures = belowFloor(figures, floors);
            failures.forEach(f -> System.out.println("BELOW FLOOR: " + f));
            if (!failures.isEmpty()) {
                System.exit(1);
            }
            System.out.println("eval: every figure is at or above its floor.");
        }
    }

    static List<String> belowFloor(Map<String, Double> figures, Map<String, Double> floors) {
        List<String> failures = new ArrayList<>();
        floors.forEach((id, floor) -> {
            Double value = figures.get(id);
            if (value == null) {
                failures.add(id + " was not measured (floor " + floor + ")");
            } else if (value < floor) {
                failures.add(String.format(Locale.ROOT, "%s = %.4f < floor %.4f", id, value, floor));
            }
        });
        return failures;
    }

    /** Floors are the rows of docs/quality.md tables whose first cell is a `figure.id` in backticks. */
    static final class Floors {
        static Map<String, Double> read(Path qualityDoc) throws IOException {
            Map<String, Double> floors = new LinkedHashMap<>();
            if (!Files.exists(qualityDoc)) {
                return floors;
            }
            for (String line : Files.readAllLines(qualityDoc)) {
                String[] cells = line.split("\\|");
                if (cells.length < 5 || !cells[1].trim().startsWith("`")) {
                    continue;
                }
                String id = cells[1].trim().replace("`", "");
                // | `id` | what | value | floor |: the floor is the fourth cell; empty means reported, not guarded.
                String floor = cells[4].trim();
                if (floor.isEmpty()) {
                    continue;
                }
                try {
                    floors.put(id, Double.parseDouble(floor));
                } catch (NumberFormatException notAFloor) {
                    // a row without a floor is reported, not guarded
                }
            }
            return floors;
        }
    }
}
