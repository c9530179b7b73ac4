package io.dateline.articles.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapeTest {

    @Test
    void aSentenceEndsWithAStopMaybeInsideQuotesOrBrackets() {
        assertThat(LineShape.endsSentence("The pier closed today.")).isTrue();
        assertThat(LineShape.endsSentence("\"Are we safe?\"  ")).isTrue();
        assertThat(LineShape.endsSentence("He left (for good.)]")).isTrue();
        assertThat(LineShape.endsSentence("Le port est fermé.»")).isTrue();
        assertThat(LineShape.endsSentence("港口今天关闭。")).isTrue();
        assertThat(LineShape.endsSentence("Wait for it…\u0085")).isTrue();
    }

    @Test
    void aLabelOrHeadlineDoesNotEndASentence() {
        assertThat(LineShape.endsSentence("Share this article")).isFalse();
        assertThat(LineShape.endsSentence("\"Quoted\"")).isFalse();
        assertThat(LineShape.endsSentence("3.5 million")).isFalse();
        assertThat(LineShape.endsSentence(".\u0085\u0085")).isFalse();
        assertThat(LineShape.endsSentence("   ")).isFalse();
    }

    @Test
    void wordsCountLettersAndDigitsRunsAndPairsOfIdeographs() {
        assertThat(LineShape.words("Home | World | Europe")).isEqualTo(3);
        assertThat(LineShape.words("Café-owners' 2nd strike, day 3")).isEqualTo(6);
        assertThat(LineShape.words("港口今天关闭")).isEqualTo(3);
    }
}
