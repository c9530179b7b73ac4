package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** The flat copies decide and score exactly as OpenNLP's own models read from the same files. */
class FlatMaxentTest {

    private static final List<String> TEXTS = List.of(
            "The U.S. envoy didn't say whether talks in Geneva would resume on Monday, officials said.",
            "Shares of Acme Corp. fell 4.5% to $12.30 after the company's third-quarter results (see p. 7).",
            "\"We're not leaving,\" said Maria-José O'Neill, 43, a teacher from Porto-Novo.",
            "Rebels seized two towns; the army's counter-attack stalled near the river crossings.");

    @Test
    void theTokenizerSplitsAndScoresAsTheOriginal() {
        TokenizerME original = new TokenizerME(OpenNlpModels.tokenModel());
        TokenizerME flat = new TokenizerME(OpenNlpModels.TOKENS);
        for (String text : TEXTS) {
            assertThat(flat.tokenize(text)).containsExactly(original.tokenize(text));
            assertThat(flat.getTokenProbabilities()).containsExactly(original.getTokenProbabilities());
        }
    }

    @Test
    void theLemmatizerGivesTheOriginalsLemmas() {
        LemmatizerME original = new LemmatizerME(OpenNlpModels.lemmaModel());
        LemmatizerME flat = new LemmatizerME(OpenNlpModels.LEMMAS);
        GreedyTagger tagger = new GreedyTagger(OpenNlpModels.POS);
        TokenizerME tokenizer = new TokenizerME(OpenNlpModels.TOKENS);
        for (String text : TEXTS) {
            String[] tokens = tokenizer.tokenize(text);
            String[] tags = tagger.tag(tokens);
            assertThat(flat.lemmatize(tokens, tags)).containsExactly(original.lemmatize(tokens, tags));
        }
    }

    @Test
    void unknownPredicatesAddNothing() {
        FlatMaxent pos = OpenNlpModels.POS;
        assertThat(pos.predicate("no such predicate \u0000")).isEqualTo(-1);
        assertThat(pos.predicate(null)).isEqualTo(-1);
        assertThat(pos.predicate("def")).isNotNegative();
        double[] sums = new double[pos.getNumOutcomes()];
        pos.add(sums, -1);
        assertThat(sums).containsOnly(0.0);
    }
}
