package io.dateline.events.extract;

import io.dateline.events.feed.AnnotatedArticle;
import io.dateline.events.feed.Annotations;
import io.dateline.events.feed.Article;
import io.dateline.events.feed.Entity;
import io.dateline.events.feed.Mention;
import io.dateline.events.feed.Quantity;
import io.dateline.events.feed.Quote;
import io.dateline.events.feed.Sentence;
import io.dateline.events.feed.TimeExpression;
import io.dateline.events.feed.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds annotated articles by hand for unit tests. Sentences are written as space-separated tokens,
 * each {@code text}, {@code text/POS} or {@code text/POS/lemma}; without a tag a capitalised word is NNP,
 * a few function words get their tag, anything else is NN. Entity mentions, times and quantities are
 * found by searching their text.
 */
final class ArticleFixture {

    private static final Map<String, String> FUNCTION_WORDS = Map.ofEntries(
            Map.entry("a", "DT"), Map.entry("an", "DT"), Map.entry("the", "DT"), Map.entry("no", "DT"),
            Map.entry("to", "TO"), Map.entry("will", "MD"), Map.entry("would", "MD"), Map.entry("could", "MD"),
            Map.entry("may", "MD"), Map.entry("might", "MD"), Map.entry("must", "MD"), Map.entry("should", "MD"),
            Map.entry("not", "RB"), Map.entry("n't", "RB"), Map.entry("never", "RB"), Map.entry("and", "CC"),
            Map.entry("but", "CC"), Map.entry("in", "IN"), Map.entry("on", "IN"), Map.entry("at", "IN"),
            Map.entry("with", "IN"), Map.entry("of", "IN"), Map.entry("from", "IN"), Map.entry("by", "IN"),
            Map.entry("for", "IN"), Map.entry("into", "IN"), Map.entry("that", "IN"), Map.entry("if", "IN"),
            Map.entry("unless", "IN"), Map.entry("against", "IN"), Map.entry("it", "PRP"), Map.entry("they", "PRP"),
            Map.entry("he", "PRP"), Map.entry("she", "PRP"), Map.entry("its", "PRP$"), Map.entry("their", "PRP$"),
            Map.entry("his", "PRP$"), Map.entry("is", "VBZ"), Map.entry("are", "VBP"), Map.entry("was", "VBD"),
            Map.entry("were", "VBD"), Map.entry("has", "VBZ"), Map.entry("have", "VBP"), Map.entry("had", "VBD"),
            Map.entry("been", "VBN"), Map.entry("be", "VB"), Map.entry("'s", "POS"), Map.entry("eastern", "JJ"));

    private final String publishedAt;
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<String[]> entities = new ArrayList<>();
    private final List<String[]> times = new ArrayList<>();
    private final List<Object[]> quantities = new ArrayList<>();
    private final List<String[]> quotes = new ArrayList<>();

    ArticleFixture(String publishedAt) {
        this.publishedAt = publishedAt;
    }

    /** An entity: id, name, type, country and aliases; every whole-word occurrence of name or alias is a mention. */
    ArticleFixture entity(String id, String name, String type, String country, String... aliases) {
        return person(id, name, type, country, null, aliases);
    }

    ArticleFixture person(String id, String name, String type, String country, String affiliation, String... aliases) {
        String[] row = new String[5 + aliases.length];
        row[0] = id;
        row[1] = name;
        row[2] = type;
        row[3] = country;
        row[4] = affiliation;
        System.arraycopy(aliases, 0, row, 5, aliases.length);
        entities.add(row);
        return this;
    }

    ArticleFixture time(String phrase, String value, String granularity) {
        times.add(new String[] {phrase, value, granularity});
        return this;
    }

    ArticleFixture quantity(String phrase, double value, String unit) {
        quantities.add(new Object[] {phrase, value, unit});
        return this;
    }

    ArticleFixture quote(String speakerId, String speakerName, String quotedText) {
        quotes.add(new String[] {speakerId, speakerName, quotedText});
        return this;
    }

    ArticleFixture sentence(String tokens) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        int sentenceStart = text.length();
        List<Token> list = new ArrayList<>();
        for (String raw : tokens.trim().split(" +")) {
            String[] parts = raw.split("/");
            String word = parts[0].replace('_', ' ');
            boolean glued = !list.isEmpty() && (word.matches("[.,;:!?]") || word.equals("'s") || word.equals("n't"));
            if (!list.isEmpty() && !glued) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            String pos = parts.length > 1 ? parts[1] : defaultPos(word, list.isEmpty());
            String lemma = parts.length > 2 ? parts[2] : pos.startsWith("NNP") ? word : word.toLowerCase();
            list.add(new Token(start, text.length(), word, pos, lemma));
        }
        sentences.add(new Sentence(sentenceStart, text.length(), list));
        return this;
    }

    private static String defaultPos(String word, boolean first) {
        String known = FUNCTION_WORDS.get(word.toLowerCase());
        if (known != null && !(first && Character.isUpperCase(word.charAt(0)) && word.length() > 3)) {
            return known;
        }
        if (word.matches("[.,;:!?]")) {
            return word;
        }
        if (word.matches("[0-9][0-9,.]*")) {
            return "CD";
        }
        return Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
    }

    AnnotatedArticle build() {
        String body = text.toString();
        List<Entity> es = new ArrayList<>();
        for (String[] row : entities) {
            List<Mention> mentions = new ArrayList<>();
            List<String> aliases = java.util.Arrays.asList(row).subList(5, row.length);
            List<String> names = new ArrayList<>(aliases);
            names.add(0, row[1]);
            for (String name : names) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(body);
                while (m.find()) {
                    int s = m.start();
                    if (mentions.stream().noneMatch(x -> x.start() <= s && s < x.end())) {
                        mentions.add(new Mention(m.start(), m.end(), m.group()));
                    }
                }
            }
            es.add(new Entity(row[0], row[1], row[2], aliases, row[3], null, row[4], mentions));
        }
        List<TimeExpression> ts = new ArrayList<>();
        for (String[] t : times) {
            int at = body.indexOf(t[0]);
            ts.add(new TimeExpression(at, at + t[0].length(), t[0], t[1], t[2]));
        }
        List<Quantity> qs = new ArrayList<>();
        for (Object[] q : quantities) {
            int at = body.indexOf((String) q[0]);
            qs.add(new Quantity((Double) q[1], (String) q[2], (String) q[0], at, at + ((String) q[0]).length()));
        }
        List<Quote> qus = new ArrayList<>();
        for (String[] q : quotes) {
            int at = body.indexOf(q[2]);
            qus.add(new Quote(new Quote.Speaker(q[0], q[1]), q[2], at, at + q[2].length(), 0, false));
        }
        Article article = new Article("article-1", "https://example.org/1", "example.org", "A title", publishedAt, "en",
                body, null, List.of(), null, null);
        return new AnnotatedArticle(article, new Annotations(sentences, es, ts, qus, qs));
    }
}
