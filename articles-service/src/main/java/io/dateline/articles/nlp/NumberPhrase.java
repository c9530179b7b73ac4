package io.dateline.articles.nlp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A number written in a sentence, over tokens [first, last]: "8,500", "3.5 million", "twenty-five",
 * "two hundred and fifty", "a dozen", "tens of thousands", "$5bn" (with its currency).
 */
record NumberPhrase(int first, int last, double value, String currency) {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

    static NumberPhrase at(List<Token> tokens, int i, NumberWords words) {
        String currency = currency(tokens.get(i).text());
        int start = i;
        String glued = tokens.get(i).text();
        if (currency == null && glued.length() > 1 && currency(glued.substring(0, 1)) != null && digits(glued.substring(1)) != null) {
            NumberPhrase n = scaled(tokens, new NumberPhrase(i, i, digits(glued.substring(1)), null), words);
            return new NumberPhrase(i, n.last(), n.value(), currency(glued.substring(0, 1)));
        }
        if (currency != null) {
            if (i + 1 >= tokens.size()) {
                return null;
            }
            i++;
        }
        NumberPhrase n = plain(tokens, i, words);
        if (n == null) {
            return null;
        }
        n = scaled(tokens, n, words);
        String money = currency != null ? currency : n.currency();
        return new NumberPhrase(start, n.last(), n.value(), money);
    }

    private static NumberPhrase plain(List<Token> tokens, int i, NumberWords words) {
        String text = tokens.get(i).text();
        Double digits = digits(text);
        if (digits != null) {
            return new NumberPhrase(i, i, digits, null);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        NumberWords.Word w = words.word(lower);
        if (w == null) {
            return hyphenated(tokens, i, lower, words);
        }
        if (w.kind() == NumberWords.Kind.APPROX) {
            return vague(tokens, i, w, words);
        }
        if ((lower.equals("a") || lower.equals("an"))) {
            NumberWords.Word next = i + 1 < tokens.size() ? words.word(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)) : null;
            if (next == null || next.kind() != NumberWords.Kind.MULTIPLIER) {
                return null;
            }
        }
        return w.kind() == NumberWords.Kind.UNIT ? new NumberPhrase(i, i, w.value(), null) : null;
    }

    /** "twenty-five" as one token. */
    private static NumberPhrase hyphenated(List<Token> tokens, int i, String lower, NumberWords words) {
        int dash = lower.indexOf('-');
        if (dash < 0) {
            return null;
        }
        NumberWords.Word tens = words.word(lower.substring(0, dash));
        NumberWords.Word ones = words.word(lower.substring(dash + 1));
        if (tens == null || ones == null || tens.kind() != NumberWords.Kind.UNIT || ones.kind() != NumberWords.Kind.UNIT) {
            return null;
        }
        return new NumberPhrase(i, i, tens.value() + ones.value(), null);
    }

    /** "dozens", "hundreds of", "tens of thousands", "hundreds of thousands of". */
    private static NumberPhrase vague(List<Token> tokens, int i, NumberWords.Word w, NumberWords words) {
        if (i + 2 < tokens.size() && tokens.get(i + 1).text().equals("of")) {
            NumberWords.Word scale = words.word(tokens.get(i + 2).text().toLowerCase(Locale.ROOT));
            if (scale != null && scale.kind() == NumberWords.Kind.APPROX && scale.value() >= 2000) {
                return new NumberPhrase(i, i + 2, w.value() * scale.value() / 2, null);
            }
        }
        return new NumberPhrase(i, i, w.value(), null);
    }

    /** Multipliers and word-number continuations: "3.5 million", "two hundred and fifty thousand". */
    private static NumberPhrase scaled(List<Token> tokens, NumberPhrase n, NumberWords words) {
        double total = 0;
        double current = n.value();
        int last = n.last();
        String currency = null;
        for (int k = last + 1; k < tokens.size(); k++) {
            String lower = tokens.get(k).text().toLowerCase(Locale.ROOT);
            NumberWords.Word w = words.word(lower);
            if (w != null && w.kind() == NumberWords.Kind.MULTIPLIER) {
                current *= w.value();
                if (w.value() >= 1000) {
                    total += current;
                    current = 0;
                }
                last = k;
            } else if (w != null && w.kind() == NumberWords.Kind.UNIT && !lower.equals("a") && !lower.equals("an")
                    && digits(tokens.get(last).text()) == null) {
                current += w.value();
                last = k;
            } else if ((lower.equals("and") || lower.equals("-")) && k + 1 < tokens.size() && words.word(tokens.get(k + 1).text().toLowerCase(Locale.ROOT)) != null
                    && digits(tokens.get(last).text()) == null) {
                continue;
            } else {
                break;
            }
        }
        return new NumberPhrase(n.first(), last, total + current, currency);
    }

    /** "8,500" → 8500, "3.5" → 3.5, "5bn" → 5e9, "1.2m" → 1.2e6; null when not a number. */
    static Double digits(String text) {
        String t = text;
        double scale = 1;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.endsWith("bn")) {
            scale = 1e9;
            t = t.substring(0, t.length() - 2);
        } else if (lower.endsWith("m") || lower.endsWith("k")) {
            scale = lower.endsWith("m") ? 1e6 : 1e3;
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || !Character.isDigit(t.charAt(0)) || !NUMBER.matcher(t).matches()) {
            return null;
        }
        return Double.parseDouble(t.replace(",", "")) * scale;
    }

    private static String currency(String token) {
        return switch (token) {
            case "$", "US$", "USD" -> "USD";
            case "€", "EUR" -> "EUR";
            case "£", "GBP" -> "GBP";
            case "¥" -> "JPY";
            default -> null;
        };
    }
}
