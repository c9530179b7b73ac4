package io.dateline.events.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the extractor reads cues from (reporting verbs, modality, negation, clause breaks, place
 * and force nouns), from the data file cues.tsv: {@code list <tab> lemma lemma ...}.
 */
final class Cues {

    static final String RESOURCE = "/io/dateline/events/extract/cues.tsv";

    private final Map<String, Set<String>> lists;

    private Cues(Map<String, Set<String>> lists) {
        this.lists = lists;
    }

    static Cues standard() {
        try (InputStream in = Cues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Cues read(List<String> lines) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t+", 2);
            Set<String> words = lists.computeIfAbsent(cells[0].trim(), k -> new HashSet<>());
            for (String w : cells[1].trim().split("\\s+")) {
                words.add(Words.lower(w));
            }
        }
        return new Cues(lists);
    }

    /** The words of a list. */
    Set<String> words(String list) {
        return lists.getOrDefault(list, Set.of());
    }

    boolean is(String list, String word) {
        return lists.getOrDefault(list, Set.of()).contains(Words.lower(word));
    }

    /** True when the token's lemma or text is in the list. */
    boolean is(String list, SentenceView s, int i) {
        return is(list, s.lemma(i)) || is(list, s.lower(i));
    }
}
