package io.dateline.articles.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the pipeline's data files (class path, UTF-8, '#' comments, tab-separated columns). */
final class Lexicon {

    private Lexicon() {
    }

    /** Non-empty, non-comment lines, trimmed. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return lines;
    }

    /** Tab-separated rows; every row has exactly {@code columns} cells (missing ones are ""). */
    static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] cells = line.split("\t", -1);
            String[] row = new String[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = i < cells.length ? cells[i].strip() : "";
            }
            rows.add(row);
        }
        return rows;
    }

    /** A cell holding a '|'-separated list. */
    static List<String> list(String cell) {
        List<String> items = new ArrayList<>();
        for (String item : cell.split("\\|")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    static InputStream open(String resource) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }
}
