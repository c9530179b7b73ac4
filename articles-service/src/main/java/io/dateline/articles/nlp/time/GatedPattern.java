package io.dateline.articles.nlp.time;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose match can only start at a character of its gate (a character class), and, when
 * it begins with a word boundary, not right after a letter or digit. {@code Matcher.find} would
 * try every position of the text; here a plain loop skips the positions that cannot start a
 * match and the matcher is tried only at the others, with the same result: at the first position
 * where the pattern matches, {@code lookingAt} finds the match {@code find} would.
 */
final class GatedPattern {

    private final Pattern pattern;
    private final BitSet gate = new BitSet(Character.MAX_VALUE + 1);
    private final boolean wordStart;
    private final List<String> cues;
    /** When set: every match opens with a word of ASCII letters or digits, then spaces, then a word starting with one of these. */
    private final String secondWordInitials;

    /**
     * @param gateClass  a character class every match starts with, e.g. {@code "[JFMASOND]"}
     * @param wordStart  whether every match starts with {@code \b} before a word character
     * @param rest       the pattern from its first character on
     */
    GatedPattern(String gateClass, boolean wordStart, String rest) {
        this(gateClass, wordStart, rest, List.of());
    }

    /**
     * @param cues  words one of which every match contains, in lower case (the pattern matches
     *              them as written or ignoring ASCII case): a text without any is not searched
     */
    GatedPattern(String gateClass, boolean wordStart, String rest, Collection<String> cues) {
        this(gateClass, wordStart, rest, cues, null);
    }

    /**
     * @param secondWordInitials  when not null, every match opens with a word of ASCII letters or
     *                            digits, white space, and a word whose first character is one of these
     */
    GatedPattern(String gateClass, boolean wordStart, String rest, Collection<String> cues, String secondWordInitials) {
        this.pattern = Pattern.compile("(?=" + gateClass + ")" + rest);
        this.wordStart = wordStart;
        this.cues = List.copyOf(cues);
        this.secondWordInitials = secondWordInitials;
        Matcher oneChar = Pattern.compile(gateClass).matcher("");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c) || oneChar.reset(String.valueOf((char) c)).matches()) {
                gate.set(c);
            }
        }
    }

    Pattern pattern() {
        return pattern;
    }

    /** A matcher for {@link #find}: lookbehinds and word boundaries see the text before a position. */
    Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Whether a text, in lower case, holds one of the cues (always, without cues). */
    boolean possibleIn(String lowerCaseText) {
        if (cues.isEmpty()) {
            return true;
        }
        for (String cue : cues) {
            if (lowerCaseText.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Like {@code m.find()} from {@code from}: true with {@code m} holding the match. */
    boolean find(Matcher m, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (mayStartAt(text, i) && matchesAt(m, text, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a match may start at {@code i}: its gate admits the character, and a word boundary is possible. */
    boolean mayStartAt(String text, int i) {
        char c = text.charAt(i);
        return gate.get(c) && !(wordStart && i > 0 && asciiWord(text.charAt(i - 1)) && asciiWord(c)) && secondWordFits(text, i);
    }

    /** Whether the word after the one at {@code i} may be the pattern's second word (always, without that gate). */
    boolean secondWordFits(String text, int i) {
        if (secondWordInitials == null) {
            return true;
        }
        int j = i;
        while (j < text.length() && asciiLetterOrDigit(text.charAt(j))) {
            j++;
        }
        int spaces = j;
        while (j < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j > spaces && j < text.length() && secondWordInitials.indexOf(text.charAt(j)) >= 0;
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    boolean admits(char c) {
        return gate.get(c);
    }

    boolean startsAtWord() {
        return wordStart;
    }

    /** Whether the pattern matches at {@code i}, as {@code find} would see it there. */
    static boolean matchesAt(Matcher m, String text, int i) {
        m.region(i, text.length());
        return m.lookingAt();
    }

    /** Where the next search starts after a match, as {@code find} does: past it, or one on after an empty one. */
    static int after(Matcher m) {
        return m.end() > m.start() ? m.end() : m.end() + 1;
    }

    static boolean asciiWord(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
