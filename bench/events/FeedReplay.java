import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Plays the gateway's relay with feed pages captured from a real articles-service (replay.sh): posts every
 * page-*.json of a directory, in name order, to POST /feed/entries, one after the other: with two in flight
 * a later page can arrive first and move the mark past the earlier one, which is then skipped. Prints how many
 * entries were applied. Args: baseUrl token pageDir.
 */
public class FeedReplay {

    static final Pattern APPLIED = Pattern.compile("\"applied\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0], token = args[1];
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of(args[2]))) {
            pages = files.filter(p -> p.getFileName().toString().startsWith("page-")).sorted().toList();
        }
        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        int applied = 0;
        for (Path page : pages) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/feed/entries"))
                    .header("Content-Type", "application/json").header("X-Service-Token", token)
                    .POST(HttpRequest.BodyPublishers.ofFile(page)).build(), HttpResponse.BodyHandlers.ofString());
            check(r);
            Matcher m = APPLIED.matcher(r.body());
            applied += m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
        System.out.printf("replayed %d pages in %.1f s: %d articles applied%n", pages.size(), (System.nanoTime() - t0) / 1e9,
                applied);
    }

    static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST /feed/entries answered " + r.statusCode() + ": " + r.body());
        }
    }
}
