package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class GreedyTaggerTest {

    private static final List<String> SENTENCES = List.of(
            "The ministers said the troops have arrived and are moving towards Kharkiv.",
            "Shares of Acme Corp. fell 4.5% to $12.30 on Tuesday, the lowest since 2019.",
            "\"We will not back down,\" Gen. Mark Ellison told reporters in Brussels on Jan. 5.",
            "Police in the U.S. state of Ohio arrested 23-year-old John O'Neill after a 90-minute chase.",
            "Rebels (backed by a neighbouring state) seized the town's airport at 3:40 a.m. local time.",
            "UNICEF and the WHO warned that 1,200,000 children face hunger in 2024/25.",
            "Don't expect it to rain; they're saying it won't.",
            "A",
            "Flooding hit 12 districts",
            "Isn't this the best-known example of state-sponsored hacking in the region's history?");

    @Test
    void sameTagsAsOpenNlpWithABeamOfOne() {
        TokenAnnotator tokens = new TokenAnnotator(new Abbreviations());
        GreedyTagger greedy = new GreedyTagger(OpenNlpModels.POS);
        POSTaggerME reference = new POSTaggerME(OpenNlpModels.posModel());
        for (String sentence : SENTENCES) {
            String[] words = tokens.tokensOf(sentence, 0, sentence.length()).stream().map(Token::text).toArray(String[]::new);
            assertThat(greedy.tag(words)).as(sentence).containsExactly(reference.tag(words));
        }
    }

    @Test
    void anEmptySentenceHasNoTags() {
        assertThat(new GreedyTagger(OpenNlpModels.POS).tag(new String[0])).isEmpty();
    }
}
