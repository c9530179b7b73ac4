package io.dateline.articles.nlp.time;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words next to a match ("in" before "May", "floor" after "the 24th"), read without regular expressions where cheap. */
final class WordsAround {

    private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s*([\\p{L}]+)");

    private final String text;

    WordsAround(String text) {
        this.text = text;
    }

    /** The n words just before {@code pos}, lower case, nearest last ("" where there is none). */
    String[] before(int pos, int n) {
        String[] words = new String[n];
        Arrays.fill(words, "");
        int i = pos;
        for (int k = n - 1; k >= 0; k--) {
            int end = skipSeparators(i);
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                break;
            }
            words[k] = text.substring(start, end).toLowerCase(Locale.ROOT);
            i = start;
        }
        return words;
    }

    /** The word just before {@code pos}, lower case, or "". */
    String before(int pos) {
        return before(pos, 1)[0];
    }

    /** Where the word just before {@code pos} starts. */
    int startOfWordBefore(int pos) {
        int i = skipSeparators(pos);
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The word right after {@code pos} (after spaces only), lower case, or null. */
    String after(int pos) {
        Matcher next = NEXT_WORD.matcher(text).region(pos, text.length());
        return next.find() ? next.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** Moves back over the spaces or hyphen between two words (at most a few characters). */
    private int skipSeparators(int pos) {
        int i = pos;
        while (i > 0 && pos - i < 3 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '-')) {
            i--;
        }
        return i;
    }
}
