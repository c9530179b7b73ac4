package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Indirect quotes in sentences that hold no quotation: "X said (that) ...", "X told reporters
 * on Monday that ...", "..., X said.", "..., says X, an economist." and "according to X, ..." /
 * "..., according to X.".
 */
final class ReportedSpeech {

    private static final int MIN_CLAUSE_TOKENS = 3;
    /** Words of a time phrase between the verb and what was said ("said on Monday the ..."). */
    private static final Set<String> WHEN_WORDS = Set.of("on", "late", "early", "earlier", "later", "last", "this",
            "yesterday", "today", "tonight", "overnight", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "night", "morning", "afternoon", "evening", "week");

    private final SpeakerFinder speakers;
    private final NameCues cues;

    ReportedSpeech(SpeakerFinder speakers, NameCues cues) {
        this.speakers = speakers;
        this.cues = cues;
    }

    List<Quote> find(Document document, MentionIndex mentions, List<Quote> direct) {
        List<Quote> found = new ArrayList<>();
        List<Sentence> sentences = document.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            if (!holdsQuote(sentence, direct) && !sentence.tokens().isEmpty()) {
                Quote q = inSentence(document.text(), sentence, s, mentions);
                if (q != null) {
                    found.add(q);
                }
            }
        }
        return found;
    }

    private static boolean holdsQuote(Sentence s, List<Quote> direct) {
        for (Quote q : direct) {
            if (q.start() < s.end() && s.start() < q.end()) {
                return true;
            }
        }
        return false;
    }

    private Quote inSentence(String text, Sentence sentence, int index, MentionIndex mentions) {
        List<Token> tokens = sentence.tokens();
        int end = contentEnd(tokens);
        Quote according = accordingTo(text, tokens, end, index, mentions);
        if (according != null) {
            return according;
        }
        for (int v = 0; v < end; v++) {
            if (!cues.isSpeechVerb(tokens.get(v).text().toLowerCase(Locale.ROOT)) || !tokens.get(v).pos().startsWith("VB")) {
                continue;
            }
            boolean inverted = v > 0 && tokens.get(v - 1).text().equals(",");
            int from = inverted ? v : Math.max(0, v - 5);
            Speaker speaker = speakers.inClause(tokens, from, Math.min(end, v + 5), mentions, tokens.get(v).start());
            if (speaker == null || speaker.id() == null) {
                continue;
            }
            if (inverted || (v >= end - 3 && v > 0)) {
                int comma = lastComma(tokens, v);
                return comma >= MIN_CLAUSE_TOKENS ? quote(text, tokens, 0, comma, speaker, index) : null;
            }
            int clause = clauseStart(tokens, v, end);
            if (clause < end && startsWithPreposition(tokens.get(clause))) {
                continue;
            }
            return end - clause >= MIN_CLAUSE_TOKENS ? quote(text, tokens, clause, end, speaker, index) : null;
        }
        return null;
    }

    /** "according to X, ..." (text after the comma) or "..., according to X." (text before it). */
    private static Quote accordingTo(String text, List<Token> tokens, int end, int index, MentionIndex mentions) {
        for (int i = 0; i + 2 < end; i++) {
            if (!tokens.get(i).text().equalsIgnoreCase("according") || !tokens.get(i + 1).text().equals("to")) {
                continue;
            }
            MentionIndex.Placed named = null;
            int j = i + 2;
            for (; j < end && j < i + 7 && !tokens.get(j).text().equals(","); j++) {
                MentionIndex.Placed p = mentions.within(tokens.get(j).start(), tokens.get(j).end());
                named = named == null ? p : named;
            }
            if (named == null) {
                return null;
            }
            Speaker speaker = SpeakerFinder.speaker(named);
            if (i == 0 && j < end && tokens.get(j).text().equals(",") && end - j - 1 >= MIN_CLAUSE_TOKENS) {
                return quote(text, tokens, j + 1, end, speaker, index);
            }
            if (i >= MIN_CLAUSE_TOKENS) {
                int to = tokens.get(i - 1).text().equals(",") ? i - 1 : i;
                return quote(text, tokens, 0, to, speaker, index);
            }
            return null;
        }
        return null;
    }

    /** After the verb: past "that" when it comes within a few words, else right after the verb. */
    private static int clauseStart(List<Token> tokens, int verb, int end) {
        for (int i = verb + 1; i < end && i <= verb + 7; i++) {
            if (tokens.get(i).text().equalsIgnoreCase("that")) {
                return i + 1;
            }
            if (tokens.get(i).text().equals(",") || tokens.get(i).text().equals(":")) {
                return i + 1;
            }
        }
        int i = verb + 1;
        while (i < end && (tokens.get(i).pos().equals("RP") || WHEN_WORDS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)))) {
            i++;
        }
        return i;
    }

    /** "responded to the pressure": a verb followed by a preposition reports no words. */
    private static boolean startsWithPreposition(Token t) {
        return (t.pos().equals("IN") || t.pos().equals("TO")) && !t.text().equalsIgnoreCase("that");
    }

    private static int lastComma(List<Token> tokens, int before) {
        for (int i = before - 1; i > 0; i--) {
            if (tokens.get(i).text().equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /** The sentence without its final punctuation. */
    private static int contentEnd(List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).pos().equals(".")) {
            end--;
        }
        return end;
    }

    private static Quote quote(String text, List<Token> tokens, int from, int to, Speaker speaker, int index) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Quote(speaker, text.substring(start, end), start, end, index, true);
    }
}
