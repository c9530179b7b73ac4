package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted stretches of a text in any style: “ ”, " ", « », „ “, ‘ ’, `` ''. A quotation still
 * open at the end of its paragraph ends there (news style for a quote running on into the next
 * paragraph). Spans are the words inside the marks.
 */
final class QuoteMarks {

    record Quoted(int open, int start, int end, int close, boolean closed) {
    }

    private QuoteMarks() {
    }

    static List<Quoted> find(String text) {
        List<Quoted> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            String closer = closerFor(text, i);
            if (closer == null) {
                i++;
                continue;
            }
            int contentStart = i + (c == '`' ? 2 : 1);
            int paragraphEnd = paragraphEnd(text, contentStart);
            int close = findClose(text, contentStart, paragraphEnd, closer);
            if (close < 0) {
                found.add(new Quoted(i, contentStart, trimEnd(text, contentStart, paragraphEnd), paragraphEnd, false));
                i = paragraphEnd;
            } else {
                found.add(new Quoted(i, contentStart, close, close + closer.length(), true));
                i = close + closer.length();
            }
        }
        return found;
    }

    /** The closing mark for an opening mark at {@code i}, or null when none opens there. */
    private static String closerFor(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '“':
                return "”";
            case '„':
                return "“";
            case '«':
                return "»";
            case '"':
                return opensHere(text, i) ? "\"" : null;
            case '‘':
                return opensHere(text, i) ? "’" : null;
            case '`':
                return i + 1 < text.length() && text.charAt(i + 1) == '`' ? "''" : null;
            default:
                return null;
        }
    }

    /** A symmetric mark opens when it follows a space, a line start or an opening bracket. */
    private static boolean opensHere(String text, int i) {
        return (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-:".indexOf(text.charAt(i - 1)) >= 0)
                && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private static int findClose(String text, int from, int to, String closer) {
        for (int i = from; i < to; i++) {
            if (text.startsWith(closer, i) && (!closer.equals("’") || closesHere(text, i))) {
                return i;
            }
        }
        return -1;
    }

    /** ’ closes a quotation unless it is an apostrophe inside a word ("Kremlin’s"). */
    private static boolean closesHere(String text, int i) {
        return i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1));
    }

    private static int paragraphEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\u2029') {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
