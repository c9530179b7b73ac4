package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesAndTokensTest {

    private final Pipeline pipeline = Pipeline.standard();

    private List<String> sentences(String text) {
        return pipeline.annotate(text, null).sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    private List<String> tokens(String text) {
        return pipeline.annotate(text, null).sentences().stream()
                .flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "The envoy met Gen. Marta Olsen on Jan. 5 at 3 p.m. in the capital. "
                + "Talks with U.S. officials followed. Mr. Hall left early.";
        assertThat(sentences(text)).containsExactly(
                "The envoy met Gen. Marta Olsen on Jan. 5 at 3 p.m. in the capital.",
                "Talks with U.S. officials followed.",
                "Mr. Hall left early.");
    }

    @Test
    void anAbbreviationBeforeANewSentenceStillEndsIt() {
        String text = "The aid came from the U.S. The ministry confirmed it.";
        assertThat(sentences(text)).hasSize(2);
    }

    @Test
    void paragraphsAreSentenceBoundaries() {
        assertThat(sentences("Troops moved north\nThe talks resumed.")).containsExactly("Troops moved north", "The talks resumed.");
    }

    @Test
    void quotesStayBalancedWithinASentence() {
        String text = "\"We will not retreat. We will hold the line,\" the commander said. Then he left.";
        assertThat(sentences(text)).containsExactly(
                "\"We will not retreat. We will hold the line,\" the commander said.", "Then he left.");
        String curly = "“Nobody wants war. Nobody,” she said. Later she flew home.";
        assertThat(sentences(curly)).hasSize(2);
    }

    @Test
    void bracketsStayBalancedWithinASentence() {
        String text = "The brigade (about 3,000 men. Most were conscripts) crossed the river. It rained.";
        assertThat(sentences(text)).hasSize(2);
    }

    @Test
    void possessiveSplitsOff() {
        assertThat(tokens("NATO's chief praised Denmark’s pilots and the allies' resolve."))
                .containsSubsequence("NATO", "'s", "chief")
                .containsSubsequence("Denmark", "’s", "pilots")
                .containsSubsequence("allies", "'", "resolve");
    }

    @Test
    void abbreviationsKeepTheirPeriod() {
        assertThat(tokens("Gen. Olsen spoke at 3 p.m. in the U.S. capital.")).contains("Gen.", "p.m.", "U.S.");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Lines of troops (many tired) waited.\nA second paragraph’s end.";
        for (Sentence s : pipeline.annotate(text, null).sentences()) {
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
                assertThat(t.start()).isGreaterThanOrEqualTo(s.start());
                assertThat(t.end()).isLessThanOrEqualTo(s.end());
            }
        }
    }

    @Test
    void contractionsSplitOff() {
        assertThat(tokens("They don't know, and we're sure she'll wait.")).containsSubsequence("do", "n't", "know")
                .containsSubsequence("we", "'re", "sure").containsSubsequence("she", "'ll", "wait");
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertThat(pipeline.annotate("", null).sentences()).isEmpty();
        assertThat(pipeline.annotate(" \n\n  ", null).sentences()).isEmpty();
    }
}
