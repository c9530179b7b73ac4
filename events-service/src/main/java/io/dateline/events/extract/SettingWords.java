package io.dateline.events.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a long text, the matches of a pattern that opens with a setting preposition ("in", "at", "near",
 * "outside", "inside") and a word boundary. The pattern is tried only where such a word can begin (one of their
 * first letters, no letter, digit or underscore before it), which gives the matches {@link Matcher#find} gives
 * without trying every index of the text.
 */
final class SettingWords {

    private SettingWords() {
    }

    /** A matcher for {@link #find}: the boundary before a tried index sees the text before it. */
    static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The next match starting at or after {@code from}, as {@link Matcher#find(int)} finds it; its groups are in {@code m}. */
    static boolean find(Matcher m, String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (mayBegin(text, i) && m.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayBegin(String text, int i) {
        char c = text.charAt(i);
        if (c != 'i' && c != 'a' && c != 'n' && c != 'o') {
            return false;
        }
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        return !(Character.isLetterOrDigit(before) || before == '_');
    }
}
