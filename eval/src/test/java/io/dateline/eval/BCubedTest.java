package io.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {

    @Test
    void oneClusterForTwoStoriesLosesPrecisionNotRecall() {
        BCubed b = BCubed.of(List.of("x", "x", "x"), List.of("a", "a", "b"));

        assertThat(b.precision()).isCloseTo(5 / 9.0, within(1e-9));
        assertThat(b.recall()).isEqualTo(1.0);
    }

    @Test
    void aSplitStoryLosesRecallNotPrecision() {
        BCubed b = BCubed.of(List.of("x", "y", "z"), List.of("a", "a", "b"));

        assertThat(b.precision()).isEqualTo(1.0);
        assertThat(b.recall()).isCloseTo((0.5 + 0.5 + 1) / 3, within(1e-9));
    }

    @Test
    void labelNamesDoNotMatterOnlyTheGrouping() {
        assertThat(BCubed.of(List.of("p", "p", "q"), List.of("a", "a", "b")).f1()).isEqualTo(1.0);
    }
}
