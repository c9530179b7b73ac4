import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Plays the gateway's relay with feed pages captured from a real articles-service (replay.sh): posts every
 * page-*.json of a directory, in name order, to POST /feed/entries, two pages in flight as the relay keeps
 * them. Args: baseUrl token pageDir.
 */
public class FeedReplay {

    public static void main(String[] args) throws Exception {
        String base = args[0], token = args[1];
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of(args[2]))) {
            pages = files.filter(p -> p.getFileName().toString().startsWith("page-")).sorted().toList();
        }
        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> inFlight = null;
        for (Path page : pages) {
            CompletableFuture<HttpResponse<String>> next = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/feed/entries"))
                    .header("Content-Type", "application/json").header("X-Service-Token", token)
                    .POST(HttpRequest.BodyPublishers.ofFile(page)).build(), HttpResponse.BodyHandlers.ofString());
            if (inFlight != null) {
                check(inFlight.get());
            }
            inFlight = next;
        }
        if (inFlight != null) {
            check(inFlight.get());
        }
        System.out.printf("replayed %d pages in %.1f s%n", pages.size(), (System.nanoTime() - t0) / 1e9);
    }

    static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST /feed/entries answered " + r.statusCode() + ": " + r.body());
        }
    }
}
