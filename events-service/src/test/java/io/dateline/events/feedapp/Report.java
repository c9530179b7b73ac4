package io.dateline.events.feedapp;

import io.dateline.events.feed.Annotations;
import io.dateline.events.feed.Article;
import io.dateline.events.feed.Entity;
import io.dateline.events.feed.FeedEntry;
import io.dateline.events.feed.Mention;
import io.dateline.events.feed.Quote;
import io.dateline.events.feed.Sentence;
import io.dateline.events.feed.TimeExpression;
import io.dateline.events.feed.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news report we write for tests, annotated by hand as the articles-service would annotate it. Tokens
 * are {@code word}, {@code word/POS} or {@code word/POS/lemma}; untagged capitalised words are NNP,
 * a few function words get their tag, the rest NN. Entity mentions and times are found by their text.
 */
public final class Report {

    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("a", "DT"), Map.entry("the", "DT"), Map.entry("to", "TO"), Map.entry("will", "MD"),
            Map.entry("not", "RB"), Map.entry("and", "CC"), Map.entry("in", "IN"), Map.entry("on", "IN"),
            Map.entry("of", "IN"), Map.entry("is", "VBZ"), Map.entry("did", "VBD"), Map.entry("it", "PRP"));

    public final UUID id;
    private final String source;
    private final String title;
    private final String publishedAt;
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<String[]> entities = new ArrayList<>();
    private final List<String[]> times = new ArrayList<>();
    private final List<String[]> quotes = new ArrayList<>();

    public Report(String source, String title, String publishedAt) {
        this(UUID.randomUUID(), source, title, publishedAt);
    }

    public Report(UUID id, String source, String title, String publishedAt) {
        this.id = id;
        this.source = source;
        this.title = title;
        this.publishedAt = publishedAt;
        world();
    }

    private void world() {
        entity("country:DNK", "Denmark", "COUNTRY", "DNK", "Danish");
        entity("country:ESP", "Spain", "COUNTRY", "ESP", "Spanish");
        entity("country:FRA", "France", "COUNTRY", "FRA", "French");
        entity("country:LTU", "Lithuania", "COUNTRY", "LTU");
        entity("location:baltic-sea", "Baltic Sea", "LOCATION", null);
    }

    public Report entity(String id, String name, String type, String country, String... aliases) {
        String[] row = new String[4 + aliases.length];
        row[0] = id;
        row[1] = name;
        row[2] = type;
        row[3] = country;
        System.arraycopy(aliases, 0, row, 4, aliases.length);
        entities.add(row);
        return this;
    }

    public Report time(String phrase, String value, String granularity) {
        times.add(new String[] {phrase, value, granularity});
        return this;
    }

    /** Reported speech of the last sentence: {@code said} must be a span of it. */
    public Report quote(String speakerId, String speakerName, String said, boolean indirect) {
        quotes.add(new String[] {speakerId, speakerName, said, String.valueOf(indirect), String.valueOf(sentences.size() - 1)});
        return this;
    }

    public Report sentence(String tokens) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        int start = text.length();
        List<Token> list = new ArrayList<>();
        for (String raw : tokens.trim().split(" +")) {
            String[] parts = raw.split("/");
            String word = parts[0].replace('_', ' ');
            if (!list.isEmpty() && !word.matches("[.,]")) {
                text.append(' ');
            }
            int at = text.length();
            text.append(word);
            String pos = parts.length > 1 ? parts[1] : tag(word);
            String lemma = parts.length > 2 ? parts[2] : pos.startsWith("NNP") ? word : word.toLowerCase();
            list.add(new Token(at, text.length(), word, pos, lemma));
        }
        sentences.add(new Sentence(start, text.length(), list));
        return this;
    }

    private static String tag(String word) {
        String known = TAGS.get(word.toLowerCase());
        if (known != null) {
            return known;
        }
        if (word.matches("[.,]")) {
            return word;
        }
        return Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
    }

    public FeedEntry entry(long seq, String kind, int version) {
        String body = text.toString();
        List<Entity> es = new ArrayList<>();
        for (String[] row : entities) {
            List<String> aliases = java.util.Arrays.asList(row).subList(4, row.length);
            List<Mention> mentions = new ArrayList<>();
            for (String name : concat(row[1], aliases)) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(body);
                while (m.find()) {
                    mentions.add(new Mention(m.start(), m.end(), m.group()));
                }
            }
            if (!mentions.isEmpty()) {
                es.add(new Entity(row[0], row[1], row[2], aliases, row[3], null, null, mentions));
            }
        }
        List<TimeExpression> ts = new ArrayList<>();
        for (String[] t : times) {
            int at = body.indexOf(t[0]);
            ts.add(new TimeExpression(at, at + t[0].length(), t[0], t[1], t[2]));
        }
        List<Quote> qs = new ArrayList<>();
        for (String[] q : quotes) {
            int at = body.indexOf(q[2]);
            qs.add(new Quote(new Quote.Speaker(q[0], q[1]), q[2], at, at + q[2].length(), Integer.parseInt(q[4]),
                    Boolean.parseBoolean(q[3])));
        }
        Article article = new Article(id.toString(), "https://" + source + "/" + id, source, title, publishedAt, "en",
                body, null, List.of(), null, null);
        return new FeedEntry(seq, kind, id.toString(), version, publishedAt, article,
                new Annotations(sentences, es, ts, qs, List.of()));
    }

    public FeedEntry deleted(long seq) {
        return new FeedEntry(seq, "deleted", id.toString(), 0, publishedAt, null, null);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }
}
