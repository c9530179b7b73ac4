package io.dateline.articles.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a text as copies are compared: Unicode-normalised, lower case, punctuation and spacing ignored. */
final class TextWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TextWords() {
    }

    static List<String> of(String text) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(normal);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
