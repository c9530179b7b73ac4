import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Ingest throughput of a running articles-service (NDJSON batches through the full path: parse,
 * clean, annotate when enabled, MinHash de-duplication, one transaction per article), beside the
 * storage ceiling: the same rows written by plain batched JDBC inserts into the same database.
 *
 * Run by bench/ingest/run.sh, which starts the service; arguments: serviceUrl jdbcUrl token count corpusDir
 */
public class IngestBench {

    public static void main(String[] args) throws Exception {
        String service = args[0];
        String jdbc = args[1];
        String token = args[2];
        int count = Integer.parseInt(args[3]);
        List<String> corpus = corpus(args.length > 4 ? Path.of(args[4]) : null);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> lines = articles(corpus, count, run);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long jvmPid = args.length > 5 ? Long.parseLong(args[5]) : -1;
        String dbDir = args.length > 6 ? args[6] : null;
        int warmup = args.length > 7 ? Integer.parseInt(args[7]) : 0;
        if (warmup > 0) {
            Pass w = Pass.run(http, service, token, articles(corpus, warmup, run + "w"), jvmPid, dbDir);
            w.print("warm-up (fresh JVM, not counted below)");
        }
        Pass pass = Pass.run(http, service, token, lines, jvmPid, dbDir);
        pass.print(warmup > 0 ? "service ingest after the warm-up" : "service ingest (fresh JVM)");
        double perSecond = pass.perSecond();

        double ceiling = plainInsert(jdbc, lines.size(), corpus, run);
        System.out.printf(Locale.ROOT, "plain batched insert of the same rows: %.0f rows/s%n", ceiling);
        System.out.printf(Locale.ROOT, "ratio service/ceiling: %.2f%n", perSecond / ceiling);
    }

    /** One timed pass of NDJSON batches of 500: articles/s, and CPU ticks of the JVM and its PostgreSQL during it. */
    record Pass(int count, int stored, double seconds, long jvmTicks, long dbTicks, String load) {
        static Pass run(HttpClient http, String service, String token, List<String> lines, long jvmPid, String dbDir)
                throws Exception {
            long[] cpu0 = CpuTicks.of(jvmPid, dbDir);
            long t0 = System.nanoTime();
            int stored = 0;
            for (int i = 0; i < lines.size(); i += 500) {
                String body = String.join("\n", lines.subList(i, Math.min(lines.size(), i + 500))) + "\n";
                HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(URI.create(service + "/articles/batch"))
                        .header("Content-Type", "application/x-ndjson").header("X-Service-Token", token)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofLines());
                stored += (int) r.body().filter(l -> l.contains("\"status\":201")).count();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] cpu1 = CpuTicks.of(jvmPid, dbDir);
            return new Pass(lines.size(), stored, seconds, cpu1[0] - cpu0[0], cpu1[1] - cpu0[1],
                    Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
        }

        double perSecond() {
            return count / seconds;
        }

        void print(String what) {
            System.out.printf(Locale.ROOT, "%s: %d articles (%d stored new) in %.1f s = %.0f articles/s%n",
                    what, count, stored, seconds, perSecond());
            if (jvmTicks + dbTicks > 0) {
                System.out.printf(Locale.ROOT, "  CPU ms per article: service JVM %.2f + its PostgreSQL %.2f = %.2f (load %s)%n",
                        jvmTicks * 10.0 / count, dbTicks * 10.0 / count, (jvmTicks + dbTicks) * 10.0 / count, load);
            }
        }
    }

    /**
     * CPU time in ticks of 10 ms: {JVM, its PostgreSQL}. The PostgreSQL side is the server whose
     * command line names the data directory, its live children, and the children it already reaped.
     */
    static final class CpuTicks {
        static long[] of(long jvmPid, String dbDir) throws IOException {
            if (jvmPid <= 0) {
                return new long[2];
            }
            long jvm = ticks(jvmPid, false);
            long master = -1;
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String cmd = read(p.resolve("cmdline")).replace('\0', ' ');
                    if (cmd.contains("postgres") && cmd.contains("-D " + dbDir)) {
                        master = Long.parseLong(p.getFileName().toString());
                    }
                }
            }
            if (master < 0) {
                return new long[] {jvm, 0};
            }
            long db = ticks(master, true);
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String[] stat = fields(read(p.resolve("stat")));
                    if (stat.length > 15 && stat[1].equals(Long.toString(master))) {
                        db += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    }
                }
            }
            return new long[] {jvm, db};
        }

        private static long ticks(long pid, boolean withReapedChildren) {
            String[] f = fields(read(Path.of("/proc/" + pid + "/stat")));
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return withReapedChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
        }

        /** The fields after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
        private static String[] fields(String stat) {
            int close = stat.lastIndexOf(')');
            return close < 0 ? new String[0] : stat.substring(close + 2).trim().split(" ");
        }

        private static String read(Path p) {
            try {
                return Files.readString(p);
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }
    }

    /** Article bodies: the news-cluster texts when ../shared is there, else our samples. */
    static List<String> corpus(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        if (dir != null && Files.isDirectory(dir)) {
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
            texts.add(("Defence ministers met in Brussels on Tuesday to discuss deployments to the eastern flank. "
                    + "The alliance said it would send more ships and jets to the Baltic region.\\n\\n").repeat(8));
        }
        return texts;
    }

    /** Distinct articles: corpus texts with a sentence of their own in front, so none is an exact repeat. */
    static List<String> articles(List<String> corpus, int count, String run) {
        List<String> lines = new ArrayList<>(count);
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            String base = corpus.get(i % corpus.size());
            String lead = "Report " + run + "-" + i + " filed from desk " + random.nextInt(1000) + ".\\n\\n";
            lines.add("{\"url\": \"https://bench.example/" + run + "/" + i + "\", \"title\": \"Bench article " + i
                    + "\", \"publishedAt\": \"2022-01-" + (10 + i % 18) + "T10:00:00Z\", \"language\": \"en\", \"text\": \""
                    + lead + base + "\"}");
        }
        return lines;
    }

    /** The storage ceiling: the same article rows by plain JDBC batches of 500, no processing at all. */
    static double plainInsert(String jdbc, int count, List<String> corpus, String run) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement st = c.prepareStatement("""
                    insert into article (id, url, source, title, published_at, language, text, content_hash)
                    values (?, ?, 'bench.example', ?, now(), 'en', ?, ?)""")) {
                for (int i = 0; i < count; i++) {
                    String text = corpus.get(i % corpus.size()).replace("\\n", "\n");
                    st.setObject(1, UUID.randomUUID());
                    st.setString(2, "https://ceiling.example/" + run + "/" + i);
                    st.setString(3, "Ceiling article " + i);
                    st.setString(4, "Ceiling " + run + " " + i + ". " + text);
                    st.setString(5, UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000");
                    st.addBatch();
                    if (i % 500 == 499) {
                        st.executeBatch();
                        c.commit();
                    }
                }
                st.executeBatch();
                c.commit();
            }
            double rate = count / ((System.nanoTime() - t0) / 1e9);
            try (var st = c.createStatement()) {
                st.execute("delete from article where source = 'bench.example' and url like 'https://ceiling.example/%'");
                c.commit();
            }
            return rate;
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
