package io.dateline.articles.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the sentence around a time expression speaks of the past or the future, from cue words.
 * The cue nearest before the expression decides (the verb usually precedes its time adjunct);
 * failing that, the nearest cue after it, within the sentence.
 */
final class ClauseTense {

    enum Tense { PAST, FUTURE, UNKNOWN }

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?");
    private static final int MAX_REACH = 240;
    private static final int MAX_PHRASE = 3;
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep",
            "gov", "lt", "col", "sgt", "jr", "sr", "prof", "no", "vs", "am", "pm", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
            "fri", "sat", "sun");

    private final TimeLexicon lexicon;

    ClauseTense(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Tense around(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        Tense before = lastCue(words(text, from, start));
        if (before != null) {
            return before;
        }
        Tense after = firstCue(words(text, end, to));
        return after != null ? after : Tense.UNKNOWN;
    }

    private Tense lastCue(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            Tense t = cueAt(words, i);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private Tense firstCue(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            Tense t = cueAt(words, i);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * The tense signalled by a cue phrase starting at word i (longest phrase first), null for no cue.
     * An open cue ("would": future seen from a past moment) is UNKNOWN and ends the search.
     */
    private Tense cueAt(List<String> words, int i) {
        for (int n = Math.min(MAX_PHRASE, words.size() - i); n >= 1; n--) {
            String phrase = n == 1 ? words.get(i) : String.join(" ", words.subList(i, i + n));
            if (lexicon.futureCues.contains(phrase) || (n == 1 && phrase.endsWith("'ll"))) {
                return Tense.FUTURE;
            }
            if (lexicon.openCues.contains(phrase)) {
                return Tense.UNKNOWN;
            }
            if (n == 1 && isPast(words, i)) {
                return Tense.PAST;
            }
        }
        return null;
    }

    private boolean isPast(List<String> words, int i) {
        String w = words.get(i);
        boolean form = lexicon.pastCues.contains(w)
                || (w.length() > 4 && w.endsWith("ed") && !lexicon.notPastEd.contains(w));
        // "will be held": a participle after "be" takes its tense from the auxiliary before it
        boolean participle = i > 0 && (words.get(i - 1).equals("be") || words.get(i - 1).equals("being"));
        return form && !participle;
    }

    private static List<String> words(String text, int from, int to) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return words;
    }

    private static int sentenceStart(String text, int start) {
        int limit = Math.max(0, start - MAX_REACH);
        for (int i = start - 1; i > limit; i--) {
            if (text.charAt(i) == '\n' || endsSentence(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(String text, int end) {
        int limit = Math.min(text.length(), end + MAX_REACH);
        for (int i = end; i < limit; i++) {
            if (text.charAt(i) == '\n' || endsSentence(text, i)) {
                return i;
            }
        }
        return limit;
    }

    /** A '.', '!', '?' or ';' followed by a space, unless the '.' closes an abbreviation. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != ';') {
            return false;
        }
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        return c != '.' || !closesAbbreviation(text, i);
    }

    private static boolean closesAbbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, dot).toLowerCase(Locale.ROOT);
        boolean dotted = b > 0 && text.charAt(b - 1) == '.';
        return word.length() == 1 || dotted || ABBREVIATIONS.contains(word);
    }
}
