package io.dateline.events.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Turns an article into weighted term counts: stemmed content words of the body and (weighted up) the
 * title, runs of capitalised words as phrases ("P:north korea"), and annotated entity ids ("E:nato").
 */
public final class ArticleTerms {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['’\\-]\\p{L}+)*");
    private static final Set<String> STOPWORDS = readWords("stopwords.txt");
    private static final int STEM_CACHE_SIZE = 100_000;
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

    private final double titleWeight;
    private final double phraseWeight;
    private final double entityWeight;

    public ArticleTerms(double titleWeight, double phraseWeight, double entityWeight) {
        this.titleWeight = titleWeight;
        this.phraseWeight = phraseWeight;
        this.entityWeight = entityWeight;
    }

    /** Term → summed weight of its occurrences. */
    public Map<String, Double> counts(ArticleForClustering article) {
        Map<String, Double> counts = new HashMap<>();
        String body = article.text().startsWith(article.title())
                ? article.text().substring(article.title().length()) : article.text();
        addText(body, 1.0, counts);
        addText(article.title(), titleWeight, counts);
        for (ArticleForClustering.EntityRef entity : article.entities()) {
            counts.merge("E:" + entity.id(), entityWeight * entity.mentions(), Double::sum);
        }
        return counts;
    }

    private void addText(String text, double weight, Map<String, Double> counts) {
        List<Word> words = words(text);
        for (Word w : words) {
            if (w.content()) {
                counts.merge(stem(w.lower()), weight, Double::sum);
            }
        }
        for (String phrase : phrases(words, text)) {
            counts.merge("P:" + phrase, weight * phraseWeight, Double::sum);
        }
    }

    /** The content words of a text, stemmed, in order; exposed for baselines and tests. */
    public static List<String> contentStems(String text) {
        return words(text).stream().filter(Word::content).map(w -> stem(w.lower())).toList();
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            words.add(new Word(word, word.toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return words;
    }

    /** Runs of two or more capitalised words with only spaces between them, leading stopwords dropped. */
    private static List<String> phrases(List<Word> words, String text) {
        List<String> phrases = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean joins = i > 0 && !run.isEmpty() && text.substring(words.get(i - 1).end(), w.start()).equals(" ");
            if (!joins) {
                flush(run, phrases);
            }
            if (w.capitalised() && w.content()) {
                run.add(w.lower());
            } else {
                flush(run, phrases);
            }
        }
        flush(run, phrases);
        return phrases;
    }

    private static void flush(List<String> run, List<String> phrases) {
        if (run.size() >= 2) {
            phrases.add(String.join(" ", run));
        }
        run.clear();
    }

    private static String stem(String word) {
        if (STEMS.size() > STEM_CACHE_SIZE) {
            STEMS.clear();
        }
        String known = STEMS.get(word);
        if (known != null) {
            return known;
        }
        String bare = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
        String stem = new PorterStemmer().stem(bare);
        STEMS.put(word, stem);
        return stem;
    }

    private record Word(String text, String lower, int start, int end) {
        boolean content() {
            return text.length() >= 3 && !STOPWORDS.contains(lower);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    static Set<String> readWords(String resource) {
        try (InputStream in = ArticleTerms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
