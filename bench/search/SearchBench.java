import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Search latency over a large store: fills the articles table to N rows (plain JDBC, texts from the
 * news-cluster corpus with shuffled sentences so rows differ), then times two-term queries with a
 * one-month publication-date filter through the service's HTTP API, sequentially, and prints p50/p95/p99.
 * Arguments: serviceUrl jdbcUrl token rows queries corpusDir
 */
public class SearchBench {

    public static void main(String[] args) throws Exception {
        String service = args[0];
        String jdbc = args[1];
        String token = args[2];
        int rows = Integer.parseInt(args[3]);
        int queries = Integer.parseInt(args[4]);
        List<String[]> sentences = sentences(Path.of(args[5]));
        Random random = new Random(7);
        long t0 = System.nanoTime();
        fill(jdbc, rows, sentences, random);
        System.out.printf(Locale.ROOT, "filled %d articles in %.0f s%n", rows, (System.nanoTime() - t0) / 1e9);

        List<String> vocabulary = vocabulary(sentences);
        HttpClient http = HttpClient.newHttpClient();
        long[] nanos = new long[queries];
        long hits = 0;
        for (int i = -50; i < queries; i++) {
            String q = vocabulary.get(random.nextInt(vocabulary.size())) + " " + vocabulary.get(random.nextInt(vocabulary.size()));
            LocalDate from = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(330));
            String url = service + "/articles?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&from=" + from
                    + "&to=" + from.plusDays(30);
            long s = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("X-Service-Token", token).build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - s;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            if (i >= 0) {
                nanos[i] = took;
                hits += r.body().split("\"id\"").length - 1;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%d two-term queries with a 30-day date filter over %d articles: "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, mean hits per page %.1f%n", queries, rows,
                nanos[queries / 2] / 1e6, nanos[(int) (queries * 0.95)] / 1e6, nanos[(int) (queries * 0.99)] / 1e6,
                hits / (double) queries);
    }

    static List<String[]> sentences(Path dir) throws Exception {
        List<String[]> out = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String body = jsonString(Files.readString(f), "text");
                    if (body != null) {
                        out.add(body.replace("\\n", " ").replace("\\\"", "\"").split("(?<=[.!?])\\s+"));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new String[] {"Ministers met in Brussels to discuss deployments.", "The navy sent two frigates.",
                    "Farmers protested against fuel prices.", "The court rejected the appeal on Tuesday."});
        }
        return out;
    }

    static List<String> vocabulary(List<String[]> sentences) {
        List<String> words = new ArrayList<>();
        for (String[] doc : sentences) {
            for (String s : doc) {
                for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                    if (w.length() >= 5 && words.size() < 20000) {
                        words.add(w);
                    }
                }
            }
        }
        return words;
    }

    static void fill(String jdbc, int rows, List<String[]> sentences, Random random) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            c.setAutoCommit(false);
            int existing;
            try (var st = c.createStatement(); var rs = st.executeQuery("select count(*) from article")) {
                rs.next();
                existing = rs.getInt(1);
            }
            try (PreparedStatement st = c.prepareStatement("""
                    insert into article (id, url, source, title, published_at, language, text, content_hash)
                    values (?, ?, ?, ?, ?, 'en', ?, ?)""")) {
                for (int i = existing; i < rows; i++) {
                    String[] doc = sentences.get(random.nextInt(sentences.size()));
                    StringBuilder text = new StringBuilder();
                    for (int k = 0; k < Math.min(doc.length, 25); k++) {
                        text.append(doc[random.nextInt(doc.length)]).append(' ');
                    }
                    st.setObject(1, UUID.randomUUID());
                    st.setString(2, "https://search-bench.example/" + i);
                    st.setString(3, "source" + (i % 40) + ".example");
                    st.setString(4, doc[0].length() > 200 ? doc[0].substring(0, 200) : doc[0]);
                    st.setObject(5, OffsetDateTime.of(2021, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC).plusMinutes(random.nextInt(525_600)));
                    st.setString(6, text.toString());
                    st.setString(7, String.format("%064x", i));
                    st.addBatch();
                    if (i % 1000 == 999) {
                        st.executeBatch();
                        c.commit();
                    }
                }
                st.executeBatch();
                c.commit();
            }
            try (var st = c.createStatement()) {
                st.execute("analyze article");
                c.commit();
            }
        }
    }

    /** The raw (still escaped) value of a top-level string field, scanned by hand: a regex overflows the stack on long texts. */
    static String jsonString(String json, String field) {
        int at = json.indexOf("\"" + field + "\":");
        if (at < 0) {
            return null;
        }
        int start = json.indexOf('"', at + field.length() + 3);
        if (start < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = start + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < json.length()) {
                out.append(c).append(json.charAt(++i));
            } else if (c == '"') {
                return out.toString();
            } else {
                out.append(c);
            }
        }
        return null;
    }
}
