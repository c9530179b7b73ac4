package io.dateline.articles.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void placeAndAgency() {
        assertThat(Dateline.read("KYIV (Reuters) — Officials said the bridge reopened.")).isEqualTo(new Dateline("Kyiv", "Reuters"));
        assertThat(Dateline.read("NEW YORK (AP) - Shares rose early on Monday.")).isEqualTo(new Dateline("New York", "AP"));
    }

    @Test
    void placeWithoutAgency() {
        assertThat(Dateline.read("BEIJING -- The ministry announced new rules.")).isEqualTo(new Dateline("Beijing", null));
    }

    @Test
    void placeDateAndAgency() {
        assertThat(Dateline.read("WASHINGTON, Jan 24 (Reuters) - The department said on Monday it would act."))
                .isEqualTo(new Dateline("Washington", "Reuters"));
        assertThat(Dateline.read("Kyiv, Ukraine (AP) — A train left the station.")).isEqualTo(new Dateline("Kyiv", "AP"));
    }

    @Test
    void agencyAlone() {
        assertThat(Dateline.read("(CNN) — The storm moved east overnight.")).isEqualTo(new Dateline(null, "CNN"));
    }

    @Test
    void ordinarySentencesAndLabelsHaveNoDateline() {
        assertThat(Dateline.read("The council said - after a long debate - that the pier would close.")).isNull();
        assertThat(Dateline.read("BREAKING - The council has resigned.")).isNull();
        assertThat(Dateline.read("Eastport (population 4,000) - a town on the coast - voted.")).isNull();
    }
}
