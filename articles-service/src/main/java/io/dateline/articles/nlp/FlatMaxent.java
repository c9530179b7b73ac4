package io.dateline.articles.nlp;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A GIS maxent model (OpenNLP's) with its predicates and weights in flat arrays. OpenNLP keeps a
 * string, a map entry, a context object and two arrays per predicate; here the names share one
 * character pool and the weights one array, which takes a third of the memory for the tokenizer,
 * tagger and lemmatizer models. It evaluates exactly as {@code GISModel} does: a uniform prior,
 * the weights of each known predicate added in the order given, {@code StrictMath.exp}, normalised.
 */
final class FlatMaxent extends AbstractModel {

    private final char[] names;
    private final int[] nameStart;
    /** Open addressing over the names' hashes: predicate index + 1, 0 for an empty slot. */
    private final int[] slots;
    /** The weights of predicate p are {@code weights[weightStart[p] .. weightStart[p + 1])}. */
    private final int[] weightStart;
    private final double[] weights;
    private final int[] outcomeOf;
    private final double logPrior;

    private FlatMaxent(String[] outcomes, Map<String, Context> predicates) {
        super(new Context[0], new String[0], Map.of(), outcomes);
        this.modelType = ModelType.Maxent;
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
        int n = predicates.size();
        nameStart = new int[n + 1];
        weightStart = new int[n + 1];
        int chars = 0;
        int total = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            chars += e.getKey().length();
            total += e.getValue().getOutcomes().length;
        }
        names = new char[chars];
        weights = new double[total];
        outcomeOf = new int[total];
        slots = new int[Integer.highestOneBit(Math.max(2, (int) (n / 0.6))) << 1];
        int p = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            String name = e.getKey();
            name.getChars(0, name.length(), names, nameStart[p]);
            nameStart[p + 1] = nameStart[p] + name.length();
            Context c = e.getValue();
            System.arraycopy(c.getParameters(), 0, weights, weightStart[p], c.getParameters().length);
            System.arraycopy(c.getOutcomes(), 0, outcomeOf, weightStart[p], c.getOutcomes().length);
            weightStart[p + 1] = weightStart[p] + c.getOutcomes().length;
            insert(name, p);
            p++;
        }
    }

    /** A flat copy of a GIS model read by OpenNLP; the original can then be dropped. */
    @SuppressWarnings("unchecked")
    static FlatMaxent of(AbstractModel gis) {
        if (gis.getModelType() != ModelType.Maxent) {
            throw new IllegalArgumentException("not a GIS maxent model: " + gis.getModelType());
        }
        Object[] parts = gis.getDataStructures();
        return new FlatMaxent((String[]) parts[2], (Map<String, Context>) parts[1]);
    }

    /** The predicate's index, or -1 when the model does not know it. */
    int predicate(String name) {
        if (name == null) {
            return -1;
        }
        int mask = slots.length - 1;
        for (int slot = slot(name.hashCode(), mask); slots[slot] != 0; slot = (slot + 1) & mask) {
            int p = slots[slot] - 1;
            if (named(p, name)) {
                return p;
            }
        }
        return -1;
    }

    /** Adds the predicate's weights to one sum per outcome; nothing for -1. */
    void add(double[] sums, int predicate) {
        if (predicate >= 0) {
            for (int w = weightStart[predicate]; w < weightStart[predicate + 1]; w++) {
                sums[outcomeOf[w]] += weights[w];
            }
        }
    }

    String[] outcomes() {
        return outcomeNames.clone();
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, null, new double[outcomeNames.length]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context, values, new double[outcomeNames.length]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return eval(context, null, probs);
    }

    double[] eval(String[] context, float[] values, double[] sums) {
        Arrays.fill(sums, logPrior);
        for (int i = 0; i < context.length; i++) {
            int p = predicate(context[i]);
            if (p >= 0) {
                double value = values == null ? 1 : values[i];
                for (int w = weightStart[p]; w < weightStart[p + 1]; w++) {
                    sums[outcomeOf[w]] += weights[w] * value;
                }
            }
        }
        return normalised(sums);
    }

    /** The summed weights as probabilities, exactly as OpenNLP's GIS evaluation computes them. */
    static double[] normalised(double[] sums) {
        double normal = 0.0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= normal;
        }
        return sums;
    }

    private boolean named(int p, String name) {
        int from = nameStart[p];
        if (nameStart[p + 1] - from != name.length()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if (names[from + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void insert(String name, int p) {
        int mask = slots.length - 1;
        int slot = slot(name.hashCode(), mask);
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = p + 1;
    }

    private static int slot(int hash, int mask) {
        return (hash * 0x9E3779B9) >>> 8 & mask;
    }
}
