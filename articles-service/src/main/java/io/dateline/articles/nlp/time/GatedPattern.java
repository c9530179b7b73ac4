package io.dateline.articles.nlp.time;

import java.util.Arrays;
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
    private final BitSet gate;
    private final boolean wordStart;
    private final List<String> cues;
    /** When set: every match opens with a word of ASCII letters or digits, then spaces, then a word starting with one of these. */
    private final String secondWordInitials;
    /** When set: every match opens with one of these (compared ignoring case), listed under their ASCII initial in lower case. */
    private final String[][] openers;

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
        this.openers = null;
        this.gate = new BitSet(Character.MAX_VALUE + 1);
        Matcher oneChar = Pattern.compile(gateClass).matcher("");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c) || oneChar.reset(String.valueOf((char) c)).matches()) {
                gate.set(c);
            }
        }
    }

    private GatedPattern(GatedPattern p, String[][] openers) {
        this.pattern = p.pattern;
        this.gate = p.gate;
        this.wordStart = p.wordStart;
        this.cues = p.cues;
        this.secondWordInitials = p.secondWordInitials;
        this.openers = openers;
    }

    /**
     * The same pattern, known to open every match with one of {@code words} (any case): no other
     * position is tried. Words must start with an ASCII letter or digit, else the pattern is kept as it is. The check is a cheap necessary condition only,
     * so it may let through a position the pattern then refuses, never the reverse.
     */
    GatedPattern opensWith(Collection<String> words) {
        String[][] byInitial = new String[128][0];
        for (String w : words) {
            char initial = w.isEmpty() ? ' ' : Character.toLowerCase(w.charAt(0));
            if (initial >= 128 || !Character.isLetterOrDigit(initial)) {
                return this; // only ASCII letters and digits are indexed: no opener gate then
            }
            String[] list = byInitial[initial];
            if (!List.of(list).contains(w)) {
                list = Arrays.copyOf(list, list.length + 1);
                list[list.length - 1] = w;
                byInitial[initial] = list;
            }
        }
        return new GatedPattern(this, byInitial);
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
        return gate.get(c) && !(wordStart && i > 0 && asciiWord(text.charAt(i - 1)) && asciiWord(c)) && fitsAt(text, i);
    }

    /** Whether the text at {@code i} passes the opener and second-word checks (a position the gate admits). */
    boolean fitsAt(String text, int i) {
        return opensAt(text, i) && secondWordFits(text, i);
    }

    /**
     * Whether a match may open with two characters of these {@link #pairCode codes}: always without
     * openers or when the first is not an ASCII letter or digit, else when an opener does (or is one character).
     */
    boolean mayOpenWith(int first, int second) {
        if (openers == null || first == OTHER) {
            return true;
        }
        for (String[] list : openers) {
            for (String opener : list) {
                if (code(opener.charAt(0)) == first && (opener.length() == 1 || code(opener.charAt(1)) == second)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Case-folded codes of ASCII letters and digits, one code for every other character: a pair of them is {@code first * CODES + second}. */
    static final int CODES = 37;
    private static final int OTHER = CODES - 1;

    /** The code pair of the characters at {@code i} and after it (OTHER past the end). */
    static int pairCode(String text, int i) {
        return code(text.charAt(i)) * CODES + (i + 1 < text.length() ? code(text.charAt(i + 1)) : OTHER);
    }

    private static int code(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        return c >= '0' && c <= '9' ? 26 + c - '0' : OTHER;
    }

    /** Whether one of the openers starts at {@code i} (always, without openers; a letter beyond ASCII is let through). */
    boolean opensAt(String text, int i) {
        char c = text.charAt(i);
        if (openers == null || c >= 128) {
            return true;
        }
        for (String opener : openers[Character.toLowerCase(c)]) {
            if (text.regionMatches(true, i, opener, 0, opener.length())) {
                return true;
            }
        }
        return false;
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
