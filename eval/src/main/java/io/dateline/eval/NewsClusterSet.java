package io.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The news-cluster set (news-please JSON, one file per article, gold story in newsCluster.EventId), by date. */
final class NewsClusterSet {

    record Item(String id, String title, String text, Instant publishedAt, String source, String gold) {
    }

    private static final Pattern EVENT_ID = Pattern.compile("'?EventId'?\\s*:\\s*(\\d+)");

    static List<Item> read(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = json.readTree(f.toFile());
                items.add(new Item(text(n, "dId", f.getFileName().toString()), text(n, "title", ""),
                        text(n, "maintext", text(n, "text", "")), date(text(n, "date_publish", "")),
                        text(n, "source_domain", ""), gold(n.get("newsCluster"))));
            }
        }
        items.sort(Comparator.comparing(Item::publishedAt).thenComparing(Item::id));
        return items;
    }

    private static String text(JsonNode n, String field, String fallback) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() || v.asText().equals("None") ? fallback : v.asText();
    }

    private static Instant date(String s) {
        if (s.length() < 10) {
            return Instant.EPOCH;
        }
        String iso = s.length() >= 19 ? s.substring(0, 19).replace(' ', 'T') : s.substring(0, 10) + "T00:00:00";
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    }

    /** newsCluster is an object in some copies and a Python dict literal (a string) in others. */
    private static String gold(JsonNode cluster) {
        if (cluster == null) {
            return "?";
        }
        if (cluster.has("EventId")) {
            return cluster.get("EventId").asText();
        }
        Matcher m = EVENT_ID.matcher(cluster.asText());
        return m.find() ? m.group(1) : "?";
    }
}
