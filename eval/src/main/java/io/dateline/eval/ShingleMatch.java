package io.dateline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction-benchmark's body metric (scrapinghub/article-extraction-benchmark,
 * evaluate.py): texts are split into word tokens (Python's {@code \w+}), shingles of 4 consecutive
 * tokens are counted, and each page gives true positives, false positives and false negatives over
 * the shingle multisets, normalised to sum 1. Precision and recall are averaged over pages, F1 is
 * their harmonic mean.
 */
final class ShingleMatch {

    private static final int N = 4;

    /** One page's normalised tp, fp, fn. */
    record Counts(double tp, double fp, double fn) {
        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Precision, recall and F1 over pages. */
    record Figures(double precision, double recall, double f1) {
        static Figures of(List<Counts> pages) {
            double p = pages.stream().filter(c -> c.tp() + c.fp() > 0).mapToDouble(Counts::precision).average().orElse(0);
            double r = pages.stream().filter(c -> c.tp() + c.fn() > 0).mapToDouble(Counts::recall).average().orElse(0);
            return new Figures(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private ShingleMatch() {
    }

    static Counts match(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> key : keys) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text == null ? "" : text);
        Map<List<String>, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < last; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Python's {@code re.findall(r'\w+', text)}: runs of letters, digits, numerics and '_'. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWord(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    private static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
