package io.dateline.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** B-cubed precision, recall and F1 of a clustering against gold labels (Bagga and Baldwin 1998). */
record BCubed(double precision, double recall, double f1) {

    static BCubed of(List<String> predicted, List<String> gold) {
        Map<String, Integer> predSize = counts(predicted, null);
        Map<String, Integer> goldSize = counts(gold, null);
        Map<String, Integer> both = counts(predicted, gold);
        double p = 0;
        double r = 0;
        for (int i = 0; i < predicted.size(); i++) {
            int overlap = both.get(predicted.get(i) + "\u0000" + gold.get(i));
            p += overlap / (double) predSize.get(predicted.get(i));
            r += overlap / (double) goldSize.get(gold.get(i));
        }
        p /= predicted.size();
        r /= predicted.size();
        return new BCubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static Map<String, Integer> counts(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            counts.merge(b == null ? a.get(i) : a.get(i) + "\u0000" + b.get(i), 1, Integer::sum);
        }
        return counts;
    }
}
