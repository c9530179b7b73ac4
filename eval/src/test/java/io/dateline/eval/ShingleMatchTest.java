package io.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMatchTest {

    @Test
    void wordTokensAreRunsOfLettersDigitsAndUnderscores() {
        assertThat(ShingleMatch.tokens("It's 24°C in Kyiv_today — déjà vu, 東京!"))
                .containsExactly("It", "s", "24", "C", "in", "Kyiv_today", "déjà", "vu", "東京");
    }

    @Test
    void aShortTextIsOneShingle() {
        assertThat(ShingleMatch.shingles("the pier closed")).containsOnlyKeys(List.of("the", "pier", "closed"));
        assertThat(ShingleMatch.shingles("")).isEmpty();
    }

    @Test
    void countsAreNormalisedPerPage() {
        ShingleMatch.Counts same = ShingleMatch.match("one two three four five", "one two three four five");
        ShingleMatch.Counts half = ShingleMatch.match("a b c d e", "a b c d x y");

        assertThat(same.precision()).isEqualTo(1.0);
        assertThat(same.recall()).isEqualTo(1.0);
        // truth shingles: abcd, bcde; predicted: abcd, bcdx, cdxy -> tp 1, fp 2, fn 1, over 4
        assertThat(half.tp()).isCloseTo(0.25, within(1e-9));
        assertThat(half.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(half.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void pagesWithNothingPredictedDoNotCountForPrecision() {
        ShingleMatch.Figures f = ShingleMatch.Figures.of(List.of(
                ShingleMatch.match("one two three four", "one two three four"),
                ShingleMatch.match("one two three four", "")));

        assertThat(f.precision()).isEqualTo(1.0);
        assertThat(f.recall()).isEqualTo(0.5);
        assertThat(f.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }
}
