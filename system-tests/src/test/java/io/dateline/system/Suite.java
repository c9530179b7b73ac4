package io.dateline.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The three packaged services started as separate processes, as the local run starts them,
 * each data-owning one on its own embedded PostgreSQL in a throwaway directory.
 */
public final class Suite implements AutoCloseable {

    /** One running service process. */
    public final class Node {
        final String name;
        final int port;
        final Map<String, String> env;
        Process process;

        Node(String name, int port, Map<String, String> env) {
            this.name = name;
            this.port = port;
            this.env = env;
        }

        public String url() {
            return "http://localhost:" + port;
        }

        public void start() throws IOException {
            String module = name.replaceFirst("-\\d+$", "");
            Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
            ProcessBuilder pb = new ProcessBuilder(javaBin(), "-XX:+UseSerialGC", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile()));
            pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            pb.environment().put("DATELINE_SERVICE_TOKEN", SERVICE_TOKEN);
            pb.environment().putAll(env);
            process = pb.start();
        }

        public void awaitReady() {
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(200);
            }
            throw new IllegalStateException(name + " not ready in 180 s:\n" + logTail());
        }

        /** A clean stop (SIGTERM) or, with {@code kill}, SIGKILL. */
        public void stop(boolean kill) {
            if (process == null || !process.isAlive()) {
                return;
            }
            if (kill) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
            try {
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        public String logTail() {
            try {
                List<String> lines = Files.readAllLines(work.resolve(name + ".log"));
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log)";
            }
        }
    }

    /** The production profile runs here, so keys and the service token come from the environment. */
    public static final String SERVICE_TOKEN = "suite-service-token";
    public static final String ADMIN_KEY = "suite-admin-key";

    private final Path root;
    private final Path work;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Node> nodes = new LinkedHashMap<>();

    private Suite(Path root, Path work) {
        this.root = root;
        this.work = work;
    }

    /** Starts articles-service, events-service and the gateway, and waits until all are ready. */
    public static Suite start(Map<String, String> gatewayEnv) throws IOException {
        return start(gatewayEnv, 1);
    }

    /**
     * Starts articles-service, events-service and {@code gateways} gateway replicas (named gateway,
     * gateway-2, ...) in front of the same two services, and waits until all are ready.
     */
    public static Suite start(Map<String, String> gatewayEnv, int gateways) throws IOException {
        Path root = Path.of(System.getProperty("dateline.root", "..")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("dateline-suite");
        Suite suite = new Suite(root, work);
        int articles = freePort();
        int events = freePort();
        suite.add("articles-service", articles, Map.of("DATELINE_DB_DIR", work.resolve("db/articles").toString()));
        suite.add("events-service", events, Map.of("DATELINE_DB_DIR", work.resolve("db/events").toString()));
        Map<String, String> env = new HashMap<>();
        env.put("DATELINE_API_KEYS", "suite:admin:" + sha256Hex(ADMIN_KEY));
        env.putAll(gatewayEnv);
        env.put("DATELINE_ARTICLES_URL", "http://localhost:" + articles);
        env.put("DATELINE_EVENTS_URL", "http://localhost:" + events);
        for (int i = 1; i <= gateways; i++) {
            suite.add(i == 1 ? "gateway" : "gateway-" + i, freePort(), env);
        }
        try {
            for (Node n : suite.nodes.values()) {
                n.start();
            }
            for (Node n : suite.nodes.values()) {
                n.awaitReady();
            }
        } catch (RuntimeException | IOException e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    private void add(String name, int port, Map<String, String> env) {
        nodes.put(name, new Node(name, port, env));
    }

    public Node node(String name) {
        return nodes.get(name);
    }

    public String gateway() {
        return nodes.get("gateway").url();
    }

    @Override
    public void close() {
        List<Node> reversed = new ArrayList<>(nodes.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(n -> n.stop(false));
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp directory is harmless
        }
    }

    static String sha256Hex(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
