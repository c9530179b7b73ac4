package io.dateline.articles.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of a text as copies are compared: Unicode-normalised, lower case, punctuation and spacing ignored. */
final class TextWords {

    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    private TextWords() {
    }

    /** The runs of letters and numbers (Unicode's L and N, as {@code [\p{L}\p{N}]+} finds them) of the NFKC form. */
    static List<String> of(String text) {
        String normal = normalised(text == null ? "" : text).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            if (isWordCharacter(c)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                words.add(normal.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(normal.substring(start));
        }
        return words;
    }

    /** ASCII is its own NFKC form: the normaliser is spared it. */
    private static String normalised(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    private static boolean isWordCharacter(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return (WORD_TYPES >> Character.getType(c) & 1) != 0;
    }
}
