package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person's name reduced for comparing spellings: accents dropped, lower case, transliteration
 * variants folded (y/i, ph/f, kh/h, doubled letters), split into given names and surname.
 */
record PersonName(List<String> given, String surname) {

    /** What separates words: white space as regular expressions mean it. */
    private static final String SPACES = " \t\n\u000B\f\r";

    static PersonName of(String name) {
        String plain = Accents.dropped(name).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= plain.length(); i++) {
            char c = i < plain.length() ? plain.charAt(i) : ' ';
            if (SPACES.indexOf(c) >= 0) {
                keep(word.toString(), words);
                word.setLength(0);
            } else if (c >= 'a' && c <= 'z' || c == '-') {
                word.append(c);
            }
        }
        if (words.isEmpty()) {
            return new PersonName(List.of(), "");
        }
        return new PersonName(List.copyOf(words.subList(0, words.size() - 1)), words.get(words.size() - 1));
    }

    /** A word of letters and hyphens, folded; "jr" and "sr" are no names. */
    private static void keep(String word, List<String> words) {
        if (!word.isEmpty() && !word.equals("jr") && !word.equals("sr")) {
            words.add(fold(word));
        }
    }

    static String fold(String word) {
        String w = word.replace("ph", "f").replace("kh", "h").replace("th", "t").replace('y', 'i').replace('j', 'i');
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                out.append(w.charAt(i));
            }
        }
        return out.toString();
    }

    /** Given names that may be the same person's: absent on one side, an initial, a prefix, or one or two typos apart. */
    boolean givenCompatible(PersonName other) {
        if (given.isEmpty() || other.given.isEmpty()) {
            return true;
        }
        String a = given.get(0);
        String b = other.given.get(0);
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        if (a.startsWith(b) || b.startsWith(a)) {
            return Math.min(a.length(), b.length()) >= 3;
        }
        int allowed = Math.min(a.length(), b.length()) >= 6 ? 2 : 1;
        return a.charAt(0) == b.charAt(0) && distance(a, b) <= allowed;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
