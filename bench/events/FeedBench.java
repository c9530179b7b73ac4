import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Plays the gateway's relay against a running events-service: synthesizes annotated articles (feed entries
 * with sentences, tokens, POS, lemmas, entities, times and quotes) about many happenings, posts them in pages
 * of PAGE entries to POST /feed/entries, two pages in flight, and prints articles applied per second for
 * every window of WINDOW articles. Run by run.sh; args: baseUrl token totalArticles.
 */
public class FeedBench {

    static final int PAGE = 100;
    static final int WINDOW = 2000;
    static final String[] SYLLABLES = {"va", "lor", "den", "ia", "mar", "ko", "sta", "bel", "run", "tia", "gor", "ne"};
    static final String[][] ACTS = {
            {"sent", "send", "a frigate", "to"}, {"deployed", "deploy", "troops", "to"},
            {"dispatched", "dispatch", "warships", "to"}, {"accused", "accuse", "officials", "of"},
            {"met", "meet", "envoys", "in"}, {"sanctioned", "sanction", "banks", "in"},
            {"attacked", "attack", "positions", "near"}, {"rejected", "reject", "the proposal", "from"}};
    static final String[] FILLER = ("economy talks border market energy prices winter election parliament reform "
            + "budget harbour railway grain exports inflation pipeline coalition summit ceasefire corridor refugees "
            + "drought harvest currency tariffs shipping ports airspace cables satellites schools hospitals").split(" ");

    final Random random = new Random(42);
    final List<String[]> countries = new ArrayList<>();   // id, name
    final List<String[]> people = new ArrayList<>();      // id, name (one word surname style)

    public static void main(String[] args) throws Exception {
        new FeedBench().run(args[0], args[1], Integer.parseInt(args[2]));
    }

    FeedBench() {
        for (int i = 0; i < 150; i++) {
            String name = name(i, 3);
            countries.add(new String[] {"country:X" + i, name});
        }
        for (int i = 0; i < 400; i++) {
            String name = name(i + 1000, 2) + "ski";
            people.add(new String[] {"person:" + name.toLowerCase(), name});
        }
    }

    static String name(int seed, int parts) {
        StringBuilder b = new StringBuilder();
        int s = seed;
        for (int i = 0; i < parts; i++) {
            b.append(SYLLABLES[s % SYLLABLES.length]);
            s = s / SYLLABLES.length + 7 * i + 3;
        }
        b.append(seed);
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    void run(String base, String token, int total) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long seq = position(http, base, token);
        System.out.printf("starting at feed position %d, applying up to %d articles%n", seq, total);
        long windowStart = System.nanoTime();
        int windowCount = 0;
        CompletableFuture<HttpResponse<String>> inFlight = null;
        while (seq < total) {
            StringBuilder page = new StringBuilder("{\"entries\":[");
            int n = (int) Math.min(PAGE, total - seq);
            for (int i = 0; i < n; i++) {
                seq++;
                page.append(i == 0 ? "" : ",").append(entry(seq));
            }
            page.append("],\"lastSeq\":").append(seq).append('}');
            CompletableFuture<HttpResponse<String>> next = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/feed/entries"))
                    .header("Content-Type", "application/json").header("X-Service-Token", token)
                    .POST(HttpRequest.BodyPublishers.ofString(page.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (inFlight != null) {
                check(inFlight.get());
            }
            inFlight = next;
            windowCount += n;
            if (seq % WINDOW == 0) {
                check(inFlight.get());
                inFlight = null;
                double seconds = (System.nanoTime() - windowStart) / 1e9;
                System.out.printf("articles %7d..%-7d  %7.1f articles/s  %6.2f ms/article%n",
                        seq - windowCount, seq, windowCount / seconds, seconds * 1000 / windowCount);
                windowStart = System.nanoTime();
                windowCount = 0;
            }
        }
        if (inFlight != null) {
            check(inFlight.get());
        }
    }

    static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST /feed/entries answered " + r.statusCode() + ": " + r.body());
        }
    }

    static long position(HttpClient http, String base, String token) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/feed/position")).header("X-Service-Token", token)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(body.replaceAll("[^0-9]", ""));
    }

    /** One article about one of many happenings; about 8 articles per happening, spread over three years. */
    String entry(long seq) {
        Random r = new Random(seq * 7919L);
        long happening = seq / 8 + r.nextInt(3);
        Random h = new Random(happening * 104729L);
        String[] actor = countries.get(h.nextInt(countries.size()));
        String[] other = countries.get(h.nextInt(countries.size()));
        String[] act = ACTS[h.nextInt(ACTS.length)];
        String[] speaker = people.get(h.nextInt(people.size()));
        LocalDate day = LocalDate.of(2021, 1, 1).plusDays(happening * 1095 / 12500 % 1095);
        LocalDate published = day.plusDays(r.nextInt(2));
        UUID id = UUID.nameUUIDFromBytes(("bench-article-" + seq).getBytes());
        Article a = new Article();
        a.sentence(new String[][] {{actor[1], "NNP"}, {act[0], "VBD", act[1]}, {act[2].split(" ")[0], "NN"},
                {act[3], "IN"}, {other[1], "NNP"}, {"on", "IN"}, {"Monday", "NNP"}, {".", "."}});
        a.time("on Monday", day.toString());
        for (int s = 0; s < 10; s++) {
            a.filler(r, h);
        }
        a.sentence(new String[][] {{speaker[1], "NNP"}, {"said", "VBD", "say"}, {actor[1], "NNP"}, {"would", "MD"},
                {"continue", "VB"}, {"the", "DT"}, {FILLER[h.nextInt(FILLER.length)], "NN"}, {".", "."}});
        a.quote(speaker, actor[1] + " would continue");
        String source = "source" + r.nextInt(40) + ".example";
        String title = actor[1] + " " + act[0] + " " + act[2] + " " + act[3] + " " + other[1];
        return a.json(seq, id, source, title, published + String.format("T%02d:00:00Z", 8 + r.nextInt(10)),
                new String[][] {actor, other, speaker});
    }

    /** A text with its tokens, times and quotes, written as the feed JSON. */
    static final class Article {
        final StringBuilder text = new StringBuilder();
        final StringBuilder sentences = new StringBuilder();
        final List<String> times = new ArrayList<>();
        final List<String> quotes = new ArrayList<>();
        int index = 0;

        void sentence(String[][] tokens) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            StringBuilder json = new StringBuilder();
            for (int i = 0; i < tokens.length; i++) {
                String[] t = tokens[i];
                if (i > 0 && !t[0].equals(".") && !t[0].equals(",")) {
                    text.append(' ');
                }
                int at = text.length();
                text.append(t[0]);
                String lemma = t.length > 2 ? t[2] : t[1].startsWith("NNP") ? t[0] : t[0].toLowerCase();
                json.append(i == 0 ? "" : ",").append("{\"start\":").append(at).append(",\"end\":").append(text.length())
                        .append(",\"text\":").append(q(t[0])).append(",\"pos\":").append(q(t[1]))
                        .append(",\"lemma\":").append(q(lemma)).append('}');
            }
            sentences.append(sentences.length() == 0 ? "" : ",").append("{\"start\":").append(start)
                    .append(",\"end\":").append(text.length()).append(",\"tokens\":[").append(json).append("]}");
            index++;
        }

        void filler(Random r, Random h) {
            String a = FILLER[h.nextInt(FILLER.length)];
            String b = FILLER[r.nextInt(FILLER.length)];
            String c = FILLER[r.nextInt(FILLER.length)];
            sentence(new String[][] {{"Officials", "NNS", "official"}, {"said", "VBD", "say"}, {"the", "DT"}, {a, "NN"},
                    {"and", "CC"}, {b, "NN"}, {"remained", "VBD", "remain"}, {"tied", "VBN", "tie"}, {"to", "TO"},
                    {c, "NN"}, {"in", "IN"}, {"the", "DT"}, {"region", "NN"}, {".", "."}});
        }

        void time(String phrase, String value) {
            int at = text.indexOf(phrase);
            times.add("{\"start\":" + at + ",\"end\":" + (at + phrase.length()) + ",\"text\":" + q(phrase)
                    + ",\"value\":" + q(value) + ",\"granularity\":\"DAY\"}");
        }

        void quote(String[] speaker, String said) {
            int at = text.lastIndexOf(said);
            quotes.add("{\"speaker\":{\"id\":" + q(speaker[0]) + ",\"name\":" + q(speaker[1]) + "},\"text\":" + q(said)
                    + ",\"start\":" + at + ",\"end\":" + (at + said.length()) + ",\"sentenceIndex\":" + (index - 1)
                    + ",\"indirect\":true}");
        }

        String json(long seq, UUID id, String source, String title, String publishedAt, String[][] named) {
            String body = text.toString();
            StringBuilder entities = new StringBuilder();
            for (String[] e : named) {
                StringBuilder mentions = new StringBuilder();
                for (int at = body.indexOf(e[1]); at >= 0; at = body.indexOf(e[1], at + 1)) {
                    mentions.append(mentions.length() == 0 ? "" : ",").append("{\"start\":").append(at)
                            .append(",\"end\":").append(at + e[1].length()).append(",\"text\":").append(q(e[1])).append('}');
                }
                String type = e[0].startsWith("person:") ? "PERSON" : "COUNTRY";
                entities.append(entities.length() == 0 ? "" : ",").append("{\"id\":").append(q(e[0]))
                        .append(",\"name\":").append(q(e[1])).append(",\"type\":\"").append(type)
                        .append("\",\"aliases\":[],\"mentions\":[").append(mentions).append("]}");
            }
            return "{\"seq\":" + seq + ",\"kind\":\"created\",\"articleId\":\"" + id + "\",\"version\":1,\"recordedAt\":"
                    + q(publishedAt) + ",\"article\":{\"id\":\"" + id + "\",\"url\":\"https://" + source + "/" + seq
                    + "\",\"source\":" + q(source) + ",\"title\":" + q(title) + ",\"publishedAt\":" + q(publishedAt)
                    + ",\"language\":\"en\",\"text\":" + q(body) + "},\"annotations\":{\"sentences\":[" + sentences
                    + "],\"entities\":[" + entities + "],\"times\":[" + String.join(",", times) + "],\"quotes\":["
                    + String.join(",", quotes) + "],\"quantities\":[]}}";
        }

        static String q(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
