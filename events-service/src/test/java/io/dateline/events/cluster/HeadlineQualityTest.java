package io.dateline.events.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineQualityTest {

    @Test
    void siteNamesAfterABarOrDashAreCut() {
        assertThat(HeadlineQuality.clean("Ferry hits reef off Korvala | The Daily Example")).isEqualTo("Ferry hits reef off Korvala");
        assertThat(HeadlineQuality.clean("Ferry hits reef off Korvala - Example News Now - KXMP and KXMQ"))
                .isEqualTo("Ferry hits reef off Korvala");
    }

    @Test
    void aCutThatWouldLeaveAStubIsNotMade() {
        assertThat(HeadlineQuality.clean("Korvala Ferry - What Happens Next")).isEqualTo("Korvala Ferry - What Happens Next");
    }

    @Test
    void aDashInsideTheHeadlineStays() {
        assertThat(HeadlineQuality.clean("Korvala ferry - what we know so far")).isEqualTo("Korvala ferry - what we know so far");
    }

    @Test
    void cutOffAndVeryShortHeadlinesWeighLess() {
        assertThat(HeadlineQuality.weight("Ferry hits reef off Korvala, forty hurt")).isEqualTo(1.0);
        assertThat(HeadlineQuality.weight("Ferry hits reef off Korvala, forty...")).isLessThan(1.0);
        assertThat(HeadlineQuality.weight("Every detail explained")).isLessThan(1.0);
    }
}
