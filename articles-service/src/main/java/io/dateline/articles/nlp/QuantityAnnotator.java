package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Quantities events need: a number (digits, words, "tens of thousands", "$5 million"), an
 * approximator kept in the text ("about 3,000"), and the counted noun a few words on ("six
 * Rafale jets" → 6 aircraft). Counts of people killed or wounded ("50 people were killed",
 * "killing 12") take the unit "killed" or "wounded".
 */
final class QuantityAnnotator implements Annotator {

    private static final Set<String> PEOPLE_UNITS = Set.of("people", "civilians", "soldiers", "troops", "children",
            "fighters", "police", "refugees", "migrants", "protesters", "hostages", "prisoners", "victims");

    private final NumberWords numbers;

    QuantityAnnotator(NumberWords numbers) {
        this.numbers = numbers;
    }

    @Override
    public Document annotate(Document document) {
        List<Quantity> found = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                NumberPhrase n = NumberPhrase.at(tokens, i, numbers);
                if (n == null) {
                    continue;
                }
                Quantity q = quantity(document.text(), tokens, n);
                if (q != null) {
                    found.add(q);
                }
                i = n.last();
            }
        }
        return document.withQuantities(found);
    }

    private Quantity quantity(String text, List<Token> tokens, NumberPhrase n) {
        int first = approximatorBefore(tokens, n.first());
        int last = n.last();
        String unit = n.currency();
        if (unit == null) {
            int head = countedNoun(tokens, n.last() + 1);
            if (head >= 0) {
                unit = unitOf(tokens.get(head));
                last = head;
            } else if (n.last() + 1 < tokens.size() && tokens.get(n.last() + 1).text().equals("%")) {
                unit = "percent";
                last = n.last() + 1;
            }
            String casualty = casualty(tokens, first, last, unit);
            if (casualty != null) {
                unit = casualty;
            }
        }
        if (unit == null) {
            return null;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        return new Quantity(n.value(), unit, text.substring(start, end), start, end);
    }

    private int approximatorBefore(List<Token> tokens, int first) {
        for (int width = 3; width >= 1; width--) {
            if (first - width < 0) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int k = first - width; k < first; k++) {
                phrase.append(k > first - width ? " " : "").append(tokens.get(k).text().toLowerCase(Locale.ROOT));
            }
            if (numbers.isApproximator(phrase.toString())) {
                return first - width;
            }
        }
        return first;
    }

    /** The head of the noun group after the number ("Rafale fighter jets" → "jets"), if it is a counted noun. */
    private int countedNoun(List<Token> tokens, int from) {
        int i = from;
        if (i < tokens.size() && tokens.get(i).text().equals("of")) {
            i++;
        }
        int head = -1;
        for (int k = i; k < tokens.size() && k < i + 4; k++) {
            Token t = tokens.get(k);
            String pos = t.pos();
            boolean modifier = pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("VBN") || modelName(t.text());
            if (!modifier) {
                break;
            }
            if (unitOf(t) != null) {
                head = k;
            } else if (head >= 0) {
                break;
            }
        }
        return head;
    }

    /** The unit of a counted noun, also when the tagger took it for a proper noun ("Rafale Jets"). */
    private String unitOf(Token t) {
        String unit = numbers.unit(t.lemma());
        if (unit != null || !t.pos().startsWith("NNP")) {
            return unit;
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        unit = numbers.unit(lower);
        return unit != null || !lower.endsWith("s") ? unit : numbers.unit(lower.substring(0, lower.length() - 1));
    }

    /** "F-16", "Su-35", "T-72": a model designation between the number and the noun. */
    private static boolean modelName(String word) {
        return word.chars().anyMatch(Character::isLetter) && word.chars().anyMatch(Character::isDigit);
    }

    /** "50 people were killed", "12 dead", "killing 12 civilians". */
    private static String casualty(List<Token> tokens, int first, int last, String unit) {
        if (unit != null && !PEOPLE_UNITS.contains(unit) && !unit.equals("killed") && !unit.equals("wounded")) {
            return null;
        }
        for (int k = last + 1; k < tokens.size() && k <= last + 3; k++) {
            String c = casualtyWord(tokens.get(k));
            if (c != null) {
                return c;
            }
            if (!tokens.get(k).pos().startsWith("VB") && !tokens.get(k).pos().startsWith("RB")) {
                break;
            }
        }
        if (first > 0 && tokens.get(first - 1).pos().startsWith("VB")) {
            return casualtyWord(tokens.get(first - 1));
        }
        return null;
    }

    private static String casualtyWord(Token t) {
        return switch (t.lemma()) {
            case "kill", "killed", "die", "dead" -> "killed";
            case "wound", "wounded", "injure", "injured" -> "wounded";
            default -> null;
        };
    }
}
