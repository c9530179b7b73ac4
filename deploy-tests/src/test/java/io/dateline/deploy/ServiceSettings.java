package io.dateline.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service really reads, taken from its own application.properties and sources
 * (System.getenv calls, @ConfigProperty names in their environment-variable form):
 * the environment variables it resolves, the ones it cannot start without, its HTTP port.
 */
record ServiceSettings(String name, Properties properties, Set<String> readable, Set<String> required) {

    static final List<String> SERVICES = List.of("articles-service", "events-service", "gateway");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");
    private static final Pattern GETENV = Pattern.compile("System\\.getenv\\(\"([A-Z][A-Z0-9_]*)\"\\)");
    private static final Pattern INJECTED = Pattern.compile("ConfigProperty\\(\\s*name\\s*=\\s*\"([a-z0-9.\\-]+)\"");
    /** Quarkus' own runtime settings a deployment sets that the properties file leaves at their default. */
    private static final List<String> QUARKUS_RUNTIME = List.of("QUARKUS_PROFILE");
    private static final List<String> DATASOURCE = List.of("QUARKUS_DATASOURCE_REACTIVE_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");

    static ServiceSettings of(String service) {
        Path dir = Repository.path(service);
        Path file = dir.resolve("src/main/resources/application.properties");
        try {
            String text = Files.readString(file);
            Properties properties = new Properties();
            properties.load(Files.newBufferedReader(file));
            Set<String> readable = new TreeSet<>(QUARKUS_RUNTIME);
            Set<String> required = new TreeSet<>();
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                readable.add(m.group(1));
            }
            for (String key : properties.stringPropertyNames()) {
                String plain = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
                readable.add(plain.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
                Matcher ref = REFERENCE.matcher(properties.getProperty(key));
                if (!key.startsWith("%") && ref.find() && ref.group(2).isEmpty()) {
                    required.add(ref.group(1));
                }
            }
            if (properties.containsKey("quarkus.datasource.db-kind")) {
                readable.addAll(DATASOURCE);
                // Without a URL the service starts its own embedded PostgreSQL: never in a container.
                required.addAll(DATASOURCE);
            }
            if (properties.containsKey("dateline.api-keys")) {
                // An empty key list is a default only the local profiles fill; prod refuses to start.
                required.add("DATELINE_API_KEYS");
            }
            readable.addAll(sourceReads(dir.resolve("src/main/java")));
            return new ServiceSettings(service, properties, readable, required);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return Integer.parseInt(properties.getProperty("quarkus.http.port"));
    }

    boolean ownsData() {
        return properties.containsKey("quarkus.datasource.db-kind");
    }

    Path jar() {
        return Repository.path(name + "/target/quarkus-app/quarkus-run.jar");
    }

    private static Set<String> sourceReads(Path sources) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = GETENV.matcher(source);
                while (m.find()) {
                    names.add(m.group(1));
                }
                Matcher injected = INJECTED.matcher(source);
                while (injected.find()) {
                    names.add(injected.group(1).toUpperCase().replaceAll("[^A-Z0-9]", "_"));
                }
            }
        }
        return names;
    }
}
