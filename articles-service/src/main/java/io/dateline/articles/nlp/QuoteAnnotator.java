package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotes: direct quotations with their speaker (see {@link SpeakerFinder}), then reported speech
 * ("X said that ...", "according to X") as indirect quotes in sentences without a quotation.
 * A quotation with no speech verb around it continues the previous speaker when it follows in the
 * same or the next paragraph; a short one with no speaker is a scare quote and is dropped.
 */
final class QuoteAnnotator implements Annotator {

    private static final int MIN_UNATTRIBUTED_WORDS = 6;

    private final SpeakerFinder speakers;
    private final ReportedSpeech reported;

    QuoteAnnotator(SpeakerFinder speakers, ReportedSpeech reported) {
        this.speakers = speakers;
        this.reported = reported;
    }

    @Override
    public Document annotate(Document document) {
        MentionIndex mentions = new MentionIndex(document.entities());
        List<Quote> quotes = direct(document, mentions);
        quotes.addAll(reported.find(document, mentions, quotes));
        quotes.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return document.withQuotes(quotes);
    }

    private List<Quote> direct(Document document, MentionIndex mentions) {
        String text = document.text();
        List<Quote> quotes = new ArrayList<>();
        Speaker previous = null;
        int previousEnd = -1;
        for (QuoteMarks.Quoted q : QuoteMarks.find(text)) {
            int sentence = document.sentenceIndexAt(q.start());
            if (sentence < 0 || q.end() <= q.start()) {
                continue;
            }
            Speaker speaker = attribute(document, q, mentions);
            if (speaker == null && previous != null && opensSentence(document, sentence, q.open())
                    && followsClosely(text, q.open(), previousEnd)) {
                speaker = previous;
            }
            if (speaker == null && words(text, q.start(), q.end()) < MIN_UNATTRIBUTED_WORDS) {
                continue;
            }
            int end = withoutTrailingComma(text, q.start(), q.end());
            quotes.add(new Quote(speaker, text.substring(q.start(), end), q.start(), end, sentence, false));
            previous = speaker;
            previousEnd = q.close();
        }
        return quotes;
    }

    /** A speech verb after the closing mark, else before the opening mark, in the same sentences. */
    private Speaker attribute(Document document, QuoteMarks.Quoted q, MentionIndex mentions) {
        List<Sentence> sentences = document.sentences();
        int last = document.sentenceIndexAt(Math.max(q.start(), q.close() - 1));
        if (last >= 0 && q.closed()) {
            List<Token> tokens = sentences.get(last).tokens();
            int after = firstTokenFrom(tokens, q.close());
            Speaker s = speakers.inClause(tokens, after, tokens.size(), mentions, q.open());
            if (s != null && (s.id() != null || s.name() != null)) {
                return s;
            }
        }
        int first = document.sentenceIndexAt(q.open());
        if (first >= 0) {
            List<Token> tokens = sentences.get(first).tokens();
            int before = firstTokenFrom(tokens, q.open());
            Speaker s = speakers.inClause(tokens, Math.max(0, before - 8), before, mentions, q.open());
            if (s != null && (s.id() != null || s.name() != null)) {
                return s;
            }
        }
        return null;
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    /** The quotation follows the previous one in the same paragraph or the next one. */
    private static boolean followsClosely(String text, int open, int previousEnd) {
        if (previousEnd < 0) {
            return false;
        }
        int paragraphs = 0;
        boolean inBreak = false;
        for (int k = previousEnd; k < open; k++) {
            char c = text.charAt(k);
            boolean lineBreak = c == '\n' || c == '\u2029';
            if (lineBreak && !inBreak) {
                paragraphs++;
            }
            inBreak = lineBreak || (inBreak && Character.isWhitespace(c));
        }
        return paragraphs <= 1;
    }

    private static boolean opensSentence(Document document, int sentence, int open) {
        return document.sentences().get(sentence).start() >= open;
    }

    private static int withoutTrailingComma(String text, int start, int end) {
        while (end > start && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return end;
    }

    private static int words(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
