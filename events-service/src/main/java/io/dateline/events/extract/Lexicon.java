package io.dateline.events.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The event lexicon, a data file of lines {@code TYPE[/mode] <tab> pattern [<tab> flags]} (see
 * src/main/resources/io/dateline/events/extract/plover-lexicon.tsv).
 */
final class Lexicon {

    static final String RESOURCE = "/io/dateline/events/extract/plover-lexicon.tsv";

    private final List<LexiconEntry> entries;

    Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<LexiconEntry> entries() {
        return entries;
    }

    static Lexicon standard() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon read(List<String> lines) {
        List<LexiconEntry> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t+");
            if (cells.length < 2) {
                throw new IllegalArgumentException("lexicon line needs a type and a pattern: " + line);
            }
            String[] typeMode = cells[0].trim().split("/", 2);
            PloverType type = PloverType.valueOf(typeMode[0]);
            String mode = typeMode.length > 1 ? typeMode[1] : null;
            Set<String> flags = cells.length > 2 ? Set.of(cells[2].trim().split("\\s*,\\s*")) : Set.of();
            entries.add(new LexiconEntry(type, mode, TriggerPattern.parse(cells[1]), flags, cells[1].trim()));
        }
        return new Lexicon(entries);
    }
}
