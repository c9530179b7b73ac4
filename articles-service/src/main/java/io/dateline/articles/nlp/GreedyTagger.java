package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

/**
 * OpenNLP's POS model (a maxent model over the default POS features) decoded greedily, the same
 * tags as {@code POSTaggerME} with a beam of one, at a fraction of its cost. The beam search
 * builds about forty feature strings per token, looks each up, takes {@code exp} of every
 * outcome and sorts them; here a word's own features are looked up and summed once per distinct
 * word (memoised), the tag features come from tables, and the best outcome is the largest sum of
 * weights (the model's probabilities are a softmax of those sums, so the order is the same).
 * The model has no tag dictionary, so every outcome is allowed. The features reproduced are
 * those of the model's own generator description (opennlp-models-pos-en 1.3.0: prefixes and
 * suffixes, the lower-case word in a window of two, sentence start, word class, the two tags
 * before); GreedyTaggerTest compares the tags with POSTaggerME's. Thread-safe.
 */
final class GreedyTagger {

    /**
     * A word's features that do not depend on its neighbours: its own (with the model's prior),
     * summed once into one weight per outcome, and its lower-case form as a neighbour.
     */
    private record WordFeatures(double[] own, int prev1, int prev2, int next1, int next2) {
    }

    private static final AdaptiveFeatureGenerator[] OWN = {new SuffixFeatureGenerator(), new PrefixFeatureGenerator(),
        new TokenFeatureGenerator(true), new TokenClassFeatureGenerator(true)};

    private final FlatMaxent model;
    private final String[] outcomes;
    private final int prior;
    private final int[] sentenceBegin;
    /** The weights of "t=" the tag before, and of it with "t2=" the two tags before, per outcome. */
    private final double[][] afterTag;
    private final double[][][] afterTags;
    private final WordMemo<WordFeatures> words = new WordMemo<>(50_000, this::featuresOf);

    GreedyTagger(FlatMaxent model) {
        this.model = model;
        outcomes = model.outcomes();
        prior = model.predicate("def");
        sentenceBegin = new int[] {model.predicate("S=begin"), model.predicate("p1S=begin"), model.predicate("p2S=begin")};
        int n = outcomes.length;
        afterTag = new double[n][n];
        afterTags = new double[n][n][n];
        for (int b = 0; b < n; b++) {
            int last = model.predicate("t=" + outcomes[b]);
            model.add(afterTag[b], last);
            for (int a = 0; a < n; a++) {
                model.add(afterTags[a][b], last);
                model.add(afterTags[a][b], model.predicate("t2=" + outcomes[a] + "," + outcomes[b]));
            }
        }
    }

    /** The model's (Universal) tag of each word. */
    String[] tag(String[] sentence) {
        int length = sentence.length;
        WordFeatures[] features = new WordFeatures[length];
        for (int i = 0; i < length; i++) {
            features[i] = words.get(sentence[i]);
        }
        int[] tags = new int[length];
        double[] sums = new double[outcomes.length];
        String[] out = new String[length];
        for (int i = 0; i < length; i++) {
            System.arraycopy(features[i].own(), 0, sums, 0, sums.length);
            if (i < sentenceBegin.length) {
                model.add(sums, sentenceBegin[i]);
            }
            if (i == 1) {
                add(sums, afterTag[tags[0]]);
            } else if (i >= 2) {
                add(sums, afterTags[tags[i - 2]][tags[i - 1]]);
                model.add(sums, features[i - 2].prev2());
            }
            if (i >= 1) {
                model.add(sums, features[i - 1].prev1());
            }
            if (i + 1 < length) {
                model.add(sums, features[i + 1].next1());
            }
            if (i + 2 < length) {
                model.add(sums, features[i + 2].next2());
            }
            tags[i] = best(sums);
            out[i] = outcomes[tags[i]];
        }
        return out;
    }

    private static void add(double[] sums, double[] weights) {
        for (int o = 0; o < sums.length; o++) {
            sums[o] += weights[o];
        }
    }

    private static int best(double[] sums) {
        int best = 0;
        for (int o = 1; o < sums.length; o++) {
            if (sums[o] > sums[best]) {
                best = o;
            }
        }
        return best;
    }

    /** OpenNLP's own generators over the word alone: suffixes, prefixes, lower-case form, word class. */
    private WordFeatures featuresOf(String word) {
        String[] alone = {word};
        List<String> own = new ArrayList<>(12);
        for (AdaptiveFeatureGenerator g : OWN) {
            g.createFeatures(own, alone, 0, null);
        }
        double[] sums = new double[outcomes.length];
        model.add(sums, prior);
        String lower = null;
        for (String f : own) {
            model.add(sums, model.predicate(f));
            if (f.startsWith("w=")) {
                lower = f;
            }
        }
        return new WordFeatures(sums, model.predicate("p1" + lower), model.predicate("p2" + lower),
                model.predicate("n1" + lower), model.predicate("n2" + lower));
    }
}
