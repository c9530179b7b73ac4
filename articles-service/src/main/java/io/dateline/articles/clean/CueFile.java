package io.dateline.articles.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cue list kept as a data file under {@code src/main/resources/clean/}: sections headed
 * {@code [name]}, one cue a line, {@code #} starts a comment. Cues are lower-cased.
 */
final class CueFile {

    private final Map<String, List<String>> sections;

    private CueFile(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static CueFile load(String name) {
        String path = "/clean/" + name;
        try (InputStream in = CueFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing cue file " + path);
            }
            return new CueFile(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> parse(BufferedReader reader) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = sections.computeIfAbsent("", k -> new ArrayList<>());
        for (String line; (line = reader.readLine()) != null; ) {
            String cue = line.strip();
            if (cue.isEmpty() || cue.startsWith("#")) {
                continue;
            }
            if (cue.startsWith("[") && cue.endsWith("]")) {
                current = sections.computeIfAbsent(cue.substring(1, cue.length() - 1), k -> new ArrayList<>());
            } else {
                current.add(cue.toLowerCase(Locale.ROOT));
            }
        }
        return sections;
    }

    List<String> section(String name) {
        List<String> cues = sections.get(name);
        if (cues == null) {
            throw new IllegalStateException("cue file has no section [" + name + "]");
        }
        return cues;
    }

    /** A case-insensitive pattern finding any cue of the section as a substring. */
    Pattern substrings(String name) {
        return Pattern.compile(section(name).stream().map(Pattern::quote).collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
