package io.dateline.articles.nlp;

import io.dateline.articles.nlp.time.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One article on its way through the pipeline: an immutable text and the layers found so far.
 * Every span is a character offset into {@link #text()}. Each {@code with...} returns a new
 * document with one layer replaced; a layer nobody has added yet is empty.
 */
public final class Document {

    private final String text;
    private final LocalDate publicationDate;
    private final List<Sentence> sentences;
    private final List<Entity> entities;
    private final List<TimeExpression> times;
    private final List<Quote> quotes;
    private final List<Quantity> quantities;

    private Document(String text, LocalDate publicationDate, List<Sentence> sentences, List<Entity> entities,
                     List<TimeExpression> times, List<Quote> quotes, List<Quantity> quantities) {
        this.text = Objects.requireNonNull(text, "text");
        this.publicationDate = publicationDate;
        this.sentences = List.copyOf(sentences);
        this.entities = List.copyOf(entities);
        this.times = List.copyOf(times);
        this.quotes = List.copyOf(quotes);
        this.quantities = List.copyOf(quantities);
    }

    public static Document of(String text, LocalDate publicationDate) {
        return new Document(text, publicationDate, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String text() {
        return text;
    }

    /** May be null when the article's date is unknown. */
    public LocalDate publicationDate() {
        return publicationDate;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<TimeExpression> times() {
        return times;
    }

    public List<Quote> quotes() {
        return quotes;
    }

    public List<Quantity> quantities() {
        return quantities;
    }

    /** All tokens of all sentences, in text order. */
    public List<Token> tokens() {
        List<Token> all = new ArrayList<>();
        sentences.forEach(s -> all.addAll(s.tokens()));
        return all;
    }

    /** The index of the sentence containing {@code offset}, or -1. */
    public int sentenceIndexAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    public Document withSentences(List<Sentence> layer) {
        return new Document(text, publicationDate, layer, entities, times, quotes, quantities);
    }

    public Document withEntities(List<Entity> layer) {
        return new Document(text, publicationDate, sentences, layer, times, quotes, quantities);
    }

    public Document withTimes(List<TimeExpression> layer) {
        return new Document(text, publicationDate, sentences, entities, layer, quotes, quantities);
    }

    public Document withQuotes(List<Quote> layer) {
        return new Document(text, publicationDate, sentences, entities, times, layer, quantities);
    }

    public Document withQuantities(List<Quantity> layer) {
        return new Document(text, publicationDate, sentences, entities, times, quotes, layer);
    }

    public Annotations annotations() {
        return new Annotations(sentences, entities, times, quotes, quantities);
    }
}
