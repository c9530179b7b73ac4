package io.dateline.articles.nlp;

import java.util.List;
import java.util.Locale;

/**
 * Who says the words of a quotation: the subject of a speech verb next to it, named ("Lavrov
 * said"), by role ("the Secretary General told") or by pronoun ("he said": the last person named
 * before; "it said": the last organisation or country).
 */
final class SpeakerFinder {

    private static final int WINDOW = 8;

    private final NameCues cues;

    SpeakerFinder(NameCues cues) {
        this.cues = cues;
    }

    /** The speaker named in tokens [from, to) around a speech verb there, or null when there is no verb. */
    Speaker inClause(List<Token> tokens, int from, int to, MentionIndex mentions, int quoteStart) {
        int verb = -1;
        for (int i = from; i < to && i < from + WINDOW; i++) {
            if (cues.isSpeechVerb(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        Speaker subject = subjectAround(tokens, from, to, verb, mentions, quoteStart);
        return subject != null ? subject : new Speaker(null, phraseBefore(tokens, from, verb));
    }

    /** "a senior official said": the unnamed speaker's noun phrase, or null. */
    private static String phraseBefore(List<Token> tokens, int from, int verb) {
        int i = verb;
        while (i > from && i > verb - 4 && isNounPhraseWord(tokens.get(i - 1).pos())) {
            i--;
        }
        if (i == verb) {
            return null;
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = i; k < verb; k++) {
            phrase.append(k > i ? " " : "").append(tokens.get(k).text());
        }
        return phrase.toString();
    }

    private static boolean isNounPhraseWord(String pos) {
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD");
    }

    /** The verb's subject: before it ("Lavrov said"), or after it ("said Lavrov"). */
    private Speaker subjectAround(List<Token> tokens, int from, int to, int verb, MentionIndex mentions, int quoteStart) {
        Speaker body = null;
        for (int i = verb - 1; i >= from && i >= verb - 5; i--) {
            Speaker s = speakerAt(tokens, i, mentions, quoteStart);
            if (s != null && isPerson(s, mentions, tokens.get(i))) {
                return s;
            }
            body = body == null ? s : body;
        }
        if (body != null) {
            return body;
        }
        for (int i = verb + 1; i < to && i <= verb + 5; i++) {
            Speaker s = speakerAt(tokens, i, mentions, quoteStart);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /**
     * The speaker named at token i. A place never speaks, and a country or organisation after a
     * preposition ("a rabbi in Israel said") is not the subject.
     */
    private static Speaker speakerAt(List<Token> tokens, int i, MentionIndex mentions, int quoteStart) {
        Token t = tokens.get(i);
        MentionIndex.Placed named = mentions.within(t.start(), t.end());
        if (named != null && named.entity().type() != EntityType.LOCATION
                && (named.entity().type() == EntityType.PERSON || !afterPreposition(tokens, i, named))) {
            return speaker(named);
        }
        switch (t.text().toLowerCase(Locale.ROOT)) {
            case "he", "she" -> {
                MentionIndex.Placed person = mentions.lastBefore(quoteStart, e -> e.type() == EntityType.PERSON);
                return person != null ? speaker(person) : new Speaker(null, t.text());
            }
            case "it" -> {
                MentionIndex.Placed body = mentions.lastBefore(quoteStart, e -> e.type() == EntityType.ORGANIZATION
                        || e.type() == EntityType.COUNTRY);
                return body != null ? speaker(body) : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** A person named before the verb wins over a nearer organisation ("Rabbi X of Congregation Y said"). */
    private static boolean isPerson(Speaker s, MentionIndex mentions, Token t) {
        MentionIndex.Placed named = mentions.within(t.start(), t.end());
        return named == null || named.entity().type() == EntityType.PERSON;
    }

    private static boolean afterPreposition(List<Token> tokens, int i, MentionIndex.Placed named) {
        int j = i;
        while (j > 0 && tokens.get(j - 1).end() > named.start()) {
            j--;
        }
        while (j > 0 && (tokens.get(j - 1).pos().equals("DT") || tokens.get(j - 1).pos().startsWith("JJ"))) {
            j--;
        }
        return j > 0 && (tokens.get(j - 1).pos().equals("IN") || tokens.get(j - 1).pos().equals("TO"));
    }

    static Speaker speaker(MentionIndex.Placed p) {
        return new Speaker(p.entity().id(), p.entity().name());
    }
}
