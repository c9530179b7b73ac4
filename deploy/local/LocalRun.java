import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The local run: starts the three services as separate processes, waits until they are ready,
 * loads sample articles through the gateway and prints where everything is.
 * Run through ./dateline (which builds what is missing first): up [--seeds DIR]... [--detach] | down | status
 */
public class LocalRun {

    record Service(String name, int port, Map<String, String> env) {
        Path jar(Path root) {
            return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    static final String API_KEY = "local-dev-key";
    static final Path HOME = Path.of(Optional.ofNullable(System.getenv("DATELINE_HOME"))
            .orElse(System.getProperty("user.home") + "/.dateline"));
    static final Path RUN = HOME.resolve("run");
    static final Path LOGS = HOME.resolve("logs");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static List<Service> services() {
        int articles = port("DATELINE_ARTICLES_PORT", 8081);
        int events = port("DATELINE_EVENTS_PORT", 8082);
        int gateway = port("DATELINE_GATEWAY_PORT", 8080);
        return List.of(
                new Service("articles-service", articles, Map.of("DATELINE_DB_DIR", HOME.resolve("data/articles").toString())),
                new Service("events-service", events, Map.of("DATELINE_DB_DIR", HOME.resolve("data/events").toString())),
                new Service("gateway", gateway, Map.of(
                        "DATELINE_ARTICLES_URL", "http://localhost:" + articles,
                        "DATELINE_EVENTS_URL", "http://localhost:" + events)));
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        switch (args.length == 0 ? "help" : args[0]) {
            case "up" -> up(root, List.of(args).subList(1, args.length));
            case "down" -> System.exit(down() ? 0 : 1);
            case "status" -> status();
            default -> {
                System.err.println("usage: ./dateline up [--seeds DIR]... [--detach] | down | status");
                System.exit(2);
            }
        }
    }

    static void up(Path root, List<String> args) throws Exception {
        List<Path> seeds = new ArrayList<>(List.of(root.resolve("samples")));
        boolean detach = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--seeds" -> seeds.add(Path.of(args.get(++i)).toAbsolutePath());
                case "--detach", "-d" -> detach = true;
                default -> fail("unknown argument " + args.get(i));
            }
        }
        if (anyRunning()) {
            fail("Dateline is already running (./dateline status); stop it with ./dateline down");
        }
        Files.createDirectories(RUN);
        Files.createDirectories(LOGS);
        List<ProcessHandle> started = new ArrayList<>();
        if (!detach) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(started), "dateline-stop"));
        }
        for (Service s : services()) {
            started.add(start(root, s));
        }
        for (Service s : services()) {
            waitReady(s, started);
        }
        int gateway = services().get(2).port();
        for (Path dir : seeds) {
            load(dir, gateway);
        }
        System.out.println();
        System.out.println("Dateline is up.");
        System.out.println("  Web UI:         http://localhost:" + gateway + "/ui   (log in with the API key below)");
        System.out.println("  API (gateway):  http://localhost:" + gateway + "/api/v1");
        System.out.println("  Swagger UI:     http://localhost:" + gateway + "/q/swagger-ui");
        System.out.println("  API key:        " + API_KEY + "   (header X-API-Key or the UI's login, role admin)");
        System.out.println("  Logs:           " + LOGS.resolve("*.log"));
        if (detach) {
            System.out.println("Stop it with ./dateline down");
            return;
        }
        System.out.println("Press Ctrl-C to stop (or run ./dateline down).");
        for (ProcessHandle p : started) {
            p.onExit().join();
        }
    }

    static ProcessHandle start(Path root, Service s) throws IOException {
        Path jar = s.jar(root);
        if (!Files.exists(jar)) {
            fail(jar + " is missing: run ./dateline up (it builds what is missing)");
        }
        Path log = LOGS.resolve(s.name() + ".log");
        List<String> command = new ArrayList<>(List.of(javaBin()));
        command.addAll(jvmOptions(root, s.name()));
        command.add(classArchive(jar, s.name()));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(s.port()));
        // The local profile: the documented key local-dev-key and a local service token.
        pb.environment().putIfAbsent("QUARKUS_PROFILE", "local");
        pb.environment().putAll(s.env());
        ProcessHandle handle = pb.start().toHandle();
        Files.writeString(RUN.resolve(s.name() + ".pid"), String.valueOf(handle.pid()));
        System.out.println("started " + s.name() + " (pid " + handle.pid() + ", port " + s.port() + ", log " + log + ")");
        return handle;
    }

    /** The service's line of deploy/local/jvm.options (the same options bench/startup measures with). */
    static List<String> jvmOptions(Path root, String service) throws IOException {
        for (String line : Files.readAllLines(root.resolve("deploy/local/jvm.options"))) {
            if (line.startsWith(service + ":")) {
                return List.of(line.substring(service.length() + 1).trim().split("\\s+"));
            }
        }
        return List.of();
    }

    /**
     * Class data sharing: the first start of a build records the classes the service loads into an archive
     * when it stops; later starts map them from it instead of reading, parsing and verifying them again
     * (about a fifth less start-up CPU, docs/benchmarks.md). One archive per service, build and JDK: a newer
     * jar or another JDK records a new one.
     */
    static String classArchive(Path jar, String service) throws IOException {
        Path archive = HOME.resolve("cds").resolve(service + "-" + System.getProperty("java.version") + ".jsa");
        if (Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return "-XX:SharedArchiveFile=" + archive;
        }
        Files.createDirectories(archive.getParent());
        Files.deleteIfExists(archive);
        return "-XX:ArchiveClassesAtExit=" + archive;
    }

    static void waitReady(Service s, List<ProcessHandle> started) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        URI ready = URI.create("http://localhost:" + s.port() + "/q/health/ready");
        while (System.nanoTime() < deadline) {
            if (started.stream().anyMatch(p -> !p.isAlive())) {
                System.err.println(s.name() + " or another service exited during start; see " + LOGS);
                stopAll(started);
                System.exit(1);
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    System.out.println(s.name() + " is ready on http://localhost:" + s.port());
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        System.err.println(s.name() + " was not ready within 180 s; see " + LOGS.resolve(s.name() + ".log"));
        stopAll(started);
        System.exit(1);
    }

    /** Posts every .txt, .html, .json and .ndjson file of a folder to the gateway. */
    static void load(Path dir, int gatewayPort) throws IOException, InterruptedException {
        if (!Files.isDirectory(dir)) {
            System.out.println("no folder " + dir + "; nothing loaded from it");
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        System.out.println("loading " + files.size() + " file(s) from " + dir);
        for (Path f : files) {
            String name = f.getFileName().toString();
            String type = name.endsWith(".html") || name.endsWith(".htm") ? "text/html"
                    : name.endsWith(".json") ? "application/json"
                    : name.endsWith(".ndjson") || name.endsWith(".jsonl") ? "application/x-ndjson"
                    : name.endsWith(".txt") ? "text/plain" : null;
            if (type == null) {
                continue;
            }
            String path = type.equals("application/x-ndjson") ? "/api/v1/articles/batch" : "/api/v1/articles";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + gatewayPort + path))
                    .header("Content-Type", type + "; charset=utf-8")
                    .header("X-API-Key", API_KEY)
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofFile(f))
                    .build();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (path.endsWith("/batch") && r.statusCode() == 200) {
                List<String> lines = r.body().lines().toList();
                long stored = lines.stream().filter(l -> l.contains("\"status\":201")).count();
                long repeats = lines.stream().filter(l -> l.contains("\"status\":200")).count();
                System.out.println("  " + name + ": " + lines.size() + " line(s): " + stored + " stored, " + repeats
                        + " already stored, " + (lines.size() - stored - repeats) + " refused");
                continue;
            }
            String outcome = switch (r.statusCode()) {
                case 201 -> "stored";
                case 200 -> "already stored";
                default -> "refused (" + r.statusCode() + "): " + r.body().replaceAll("\\s+", " ");
            };
            System.out.println("  " + name + ": " + outcome);
        }
    }

    static boolean down() throws IOException {
        boolean any = false;
        List<Service> newestFirst = new ArrayList<>(services());
        java.util.Collections.reverse(newestFirst);
        for (Service s : newestFirst) {
            Path pidFile = RUN.resolve(s.name() + ".pid");
            if (!Files.exists(pidFile)) {
                continue;
            }
            Optional<ProcessHandle> p = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
            if (p.isPresent() && p.get().isAlive()) {
                any = true;
                stop(p.get());
                System.out.println("stopped " + s.name());
            }
            Files.deleteIfExists(pidFile);
        }
        if (!any) {
            System.out.println("Dateline was not running.");
        }
        return true;
    }

    static void status() throws IOException {
        for (Service s : services()) {
            Path pidFile = RUN.resolve(s.name() + ".pid");
            boolean alive = Files.exists(pidFile) && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .map(ProcessHandle::isAlive).orElse(false);
            System.out.println(s.name() + ": " + (alive ? "running on port " + s.port() : "stopped"));
        }
    }

    static boolean anyRunning() throws IOException {
        for (Service s : services()) {
            Path pidFile = RUN.resolve(s.name() + ".pid");
            if (Files.exists(pidFile) && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .map(ProcessHandle::isAlive).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    static void stopAll(List<ProcessHandle> started) {
        List<ProcessHandle> reversed = new ArrayList<>(started);
        java.util.Collections.reverse(reversed);
        reversed.forEach(LocalRun::stop);
        for (Service s : services()) {
            try {
                Files.deleteIfExists(RUN.resolve(s.name() + ".pid"));
            } catch (IOException ignored) {
                // nothing to clean
            }
        }
    }

    /** SIGTERM, a grace period for a clean shutdown (the database too), then SIGKILL. */
    static void stop(ProcessHandle p) {
        if (!p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception timeout) {
            p.destroyForcibly();
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int port(String env, int fallback) {
        String v = System.getenv(env);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v);
    }

    static void fail(String message) {
        System.err.println("dateline: " + message);
        System.exit(2);
    }
}
