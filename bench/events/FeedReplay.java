import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Plays the gateway's relay with feed pages captured from a real articles-service (replay.sh): posts every
 * page-*.json of a directory, in name order, to POST /feed/entries, one after the other: with two in flight
 * a later page can arrive first and move the mark past the earlier one, which is then skipped. Prints how many
 * entries were applied. Args: baseUrl token pageDir [round]; see renumbered().
 */
public class FeedReplay {

    static final Pattern SEQ = Pattern.compile("(\"(?:seq|lastSeq)\":\\s*)(\\d+)");
    static final Pattern ARTICLE_ID = Pattern.compile("\"articleId\":\\s*\"([0-9a-f-]{36})\"");
    static final Pattern APPLIED = Pattern.compile("\"applied\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0], token = args[1];
        int round = args.length > 3 ? Integer.parseInt(args[3]) : 0;
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
                    .POST(HttpRequest.BodyPublishers.ofString(renumbered(Files.readString(page), round, pages.size())))
                    .build(), HttpResponse.BodyHandlers.ofString());
            check(r);
            Matcher m = APPLIED.matcher(r.body());
            applied += m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
        System.out.printf("replayed %d pages in %.1f s: %d articles applied%n", pages.size(), (System.nanoTime() - t0) / 1e9,
                applied);
    }

    /**
     * Round 0 is the page as captured; round r moves every seq r x 100,000 on and gives every article a new id
     * derived from its own and r, so the same service applies the pages again as new articles.
     */
    static String renumbered(String page, int round, int pageCount) {
        if (round == 0) {
            return page;
        }
        long offset = round * 100_000L;
        Matcher seq = SEQ.matcher(page);
        StringBuilder out = new StringBuilder();
        while (seq.find()) {
            seq.appendReplacement(out, seq.group(1) + (Long.parseLong(seq.group(2)) + offset));
        }
        String moved = seq.appendTail(out).toString();
        Matcher id = ARTICLE_ID.matcher(page);
        while (id.find()) {
            String old = id.group(1);
            moved = moved.replace(old, UUID.nameUUIDFromBytes((old + ":" + round).getBytes(StandardCharsets.UTF_8)).toString());
        }
        return moved;
    }

    static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST /feed/entries answered " + r.statusCode() + ": " + r.body());
        }
    }
}
