package io.dateline.articles.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a line of page text looks like: its words, ending, bullets, capitals, links. */
final class LineShape {

    private static final String BULLETS = "•·▪▸►◦‣∙●■□▶➤✓*-–—|>»";
    private static final Pattern BULLET = Pattern.compile("^[" + BULLETS.replace("-", "\\-") + "]+\\s*");
    private static final String STOPS = ".!?…。！？";
    private static final String CLOSERS = "\"'”’»)]";
    private static final Pattern LINKISH = Pattern.compile("https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+|[@#]\\w+");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s(>|›|»|/|\\|)\\s");
    private static final Pattern SMALL_WORD = Pattern.compile(
            "a|an|the|and|or|of|in|on|at|to|for|by|with|from|as|is|vs|de|la|le|les|el|y|et|der|die|das|und");

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    /** Below U+2E80 (CJK radicals) no character is Han, Hiragana or Katakana: the script lookup is a binary search. */
    private static final char FIRST_UNSPACED = '\u2E80';

    private LineShape() {
    }

    static boolean bulletLed(String line) {
        return startsWithBullet(line) && BULLET.matcher(line).find();
    }

    static String withoutBullet(String line) {
        return startsWithBullet(line) ? BULLET.matcher(line).replaceFirst("") : line;
    }

    private static boolean startsWithBullet(String line) {
        return !line.isEmpty() && BULLETS.indexOf(line.charAt(0)) >= 0;
    }

    /** Words, where two Chinese or Japanese characters count as one (those scripts do not space words). */
    static int words(String line) {
        int count = 0;
        int ideographic = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (unspaced(c)) {
                ideographic++;
                inWord = false;
                continue;
            }
            boolean letter = c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count + (ideographic + 1) / 2;
    }

    private static boolean unspaced(char c) {
        if (c < FIRST_UNSPACED) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * A final stop, maybe followed by closing quotes or brackets: {@code [.!?…。！？]["'”’»)\]]*$}, read
     * backwards from the end instead of tried at every position ({@code $} also matches before a final NEL,
     * the one line terminator {@code strip} keeps).
     */
    static boolean endsSentence(String line) {
        String s = line.strip();
        int i = s.length() - 1;
        if (i >= 0 && s.charAt(i) == '\u0085') {
            i--;
        }
        while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && STOPS.indexOf(s.charAt(i)) >= 0;
    }

    /** Story prose: a sentence of some length, or a long run of words. */
    static boolean prose(String line) {
        int words = words(line);
        return words >= 20 || (words >= 8 && endsSentence(line));
    }

    /** A line opening with a quotation mark: a pull quote, not a link. */
    static boolean quoted(String line) {
        return !line.isEmpty() && "\"“„«‘'".indexOf(line.charAt(0)) >= 0;
    }

    /** A headline or sub-heading: short and without a sentence's final stop. */
    static boolean headlineShaped(String line) {
        int words = words(line);
        return words >= 1 && words <= 25 && !endsSentence(line);
    }

    /** The share of words, small words aside, that start with a capital letter ("Title Case"). */
    static double capitalShare(String line) {
        int words = 0;
        int capitals = 0;
        for (String word : line.split("[\\s\"“”'‘’()]+")) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))
                    || SMALL_WORD.matcher(word.toLowerCase(Locale.ROOT)).matches()) {
                continue;
            }
            words++;
            if (Character.isUpperCase(word.charAt(0))) {
                capitals++;
            }
        }
        return words == 0 ? 0 : capitals / (double) words;
    }

    /** The share of the line taken by urls, e-mail addresses, @handles and #tags. */
    static double linkShare(String line) {
        if (line.indexOf('@') < 0 && line.indexOf('#') < 0 && !line.contains("www.") && !line.contains("://")) {
            return 0;
        }
        int linked = LINKISH.matcher(line).results().mapToInt(m -> m.end() - m.start()).sum();
        return line.isEmpty() ? 0 : linked / (double) line.length();
    }

    /** "News > U.S.", "Home | World | Europe": short items between path separators. */
    static boolean breadcrumb(String line) {
        if (words(line) > 12) {
            return false;
        }
        String[] items = CRUMB_SEPARATOR.split(line);
        if (items.length < 2) {
            return false;
        }
        for (String item : items) {
            if (words(item) == 0 || words(item) > 4 || endsSentence(item)) {
                return false;
            }
        }
        return true;
    }

    /** The line lower-cased without bullets, surrounding punctuation and repeated spaces, for cue lookups. */
    static String key(String line) {
        String text = withoutBullet(line.strip());
        int start = 0;
        int end = text.length();
        while (start < end && trimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && trimmed(text.charAt(end - 1))) {
            end--;
        }
        return BlockText.collapse(text.substring(start, end)).toLowerCase(Locale.ROOT);
    }

    private static boolean trimmed(char c) {
        return Character.isWhitespace(c) || (c < 128 && !Character.isLetterOrDigit(c));
    }
}
