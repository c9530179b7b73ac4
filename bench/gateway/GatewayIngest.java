import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * End-to-end ingest through the gateway: NDJSON batches to /api/v1/articles/batch, then waiting until
 * the events-service's feed mark reaches the articles feed head (every article extracted and applied).
 * Article bodies are the news-cluster texts read at run time, each with a line of its own in front.
 *
 * Run by bench/gateway/ingest.sh; arguments: gatewayUrl apiKey count corpusDir articlesUrl eventsUrl serviceToken
 */
public class GatewayIngest {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*(\\d+)");
    static final Pattern SEQ = Pattern.compile("\"(?:seq|lastSeq)\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        String gateway = args[0], key = args[1], articles = args[4], events = args[5], token = args[6];
        int count = Integer.parseInt(args[2]);
        List<String> lines = articles(corpus(Path.of(args[3])), count, UUID.randomUUID().toString().substring(0, 8));
        int batch = 500;
        java.util.Map<String, Integer> statuses = new java.util.TreeMap<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < lines.size(); i += batch) {
            String body = String.join("\n", lines.subList(i, Math.min(lines.size(), i + batch))) + "\n";
            HttpResponse<Stream<String>> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/articles/batch"))
                    .header("Content-Type", "application/x-ndjson").header("X-API-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofLines());
            for (String l : (Iterable<String>) r.body()::iterator) {
                Matcher status = STATUS.matcher(l);
                String code = status.find() ? status.group(1) : "none";
                statuses.merge(code, 1, Integer::sum);
                if (!code.equals("201") && statuses.get(code) <= 3) {
                    System.out.println("  line answered " + code + ": " + (l.length() > 300 ? l.substring(0, 300) : l));
                }
            }
            progress(t0, i + batch, articles, events, token);
        }
        double stored = seconds(t0);
        long head = seq(articles + "/feed/head", token);
        long position;
        while ((position = seq(events + "/feed/position", token)) < head) {
            Thread.sleep(1000);
            if ((long) seconds(t0) % 15 == 0) {
                progress(t0, count, articles, events, token);
            }
        }
        double extracted = seconds(t0);
        System.out.printf(Locale.ROOT, "stored through the gateway: %d articles (%d new) in %.1f s = %.1f articles/s%n",
                count, statuses.getOrDefault("201", 0), stored, count / stored);
        System.out.println("line statuses: " + statuses);
        System.out.printf(Locale.ROOT, "extracted and applied (events-service mark %d = feed head): %.1f s = %.1f articles/s end to end%n",
                position, extracted, count / extracted);
    }

    static void progress(long t0, int sent, String articles, String events, String token) throws Exception {
        System.out.printf(Locale.ROOT, "  %5.0f s: posted %d, feed head %d, events-service mark %d, load %s%n", seconds(t0),
                sent, seq(articles + "/feed/head", token), seq(events + "/feed/position", token),
                Files.readString(Path.of("/proc/loadavg")).substring(0, 14).trim());
    }

    static long seq(String url, String token) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("X-Service-Token", token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = SEQ.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException(url + " answered " + body);
        }
        return Long.parseLong(m.group(1));
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Article bodies: the news-cluster texts, still JSON-escaped. */
    static List<String> corpus(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String body = jsonString(Files.readString(f), "text");
                    if (body != null && body.length() > 500) {
                        texts.add(body);
                    }
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no news-cluster texts under " + dir + " (../shared/datasets)");
        }
        return texts;
    }

    /** Distinct articles: corpus texts with a sentence of their own in front, so none is an exact repeat. */
    static List<String> articles(List<String> corpus, int count, String run) {
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String lead = "Report " + run + "-" + i + " filed from desk " + (i * 7919 % 1000) + ".\\n\\n";
            lines.add("{\"url\": \"https://bench.example/" + run + "/" + i + "\", \"title\": \"Gateway bench " + i
                    + "\", \"publishedAt\": \"2022-01-" + (10 + i % 18) + "T10:00:00Z\", \"language\": \"en\", \"text\": \""
                    + lead + corpus.get(i % corpus.size()) + "\"}");
        }
        return lines;
    }

    /** The raw (still escaped) value of a top-level string field, scanned by hand. */
    static String jsonString(String json, String field) {
        int at = json.indexOf("\"" + field + "\":");
        int start = at < 0 ? -1 : json.indexOf('"', at + field.length() + 3);
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
