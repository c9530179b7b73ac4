package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlugsAndNamesTest {

    @Test
    void slugsAreLowerCaseWordsJoinedByDashes() {
        assertThat(Slugs.of("Jens Stoltenberg")).isEqualTo("jens-stoltenberg");
        assertThat(Slugs.of("  Ministry of  Defence (UK) ")).isEqualTo("ministry-of-defence-uk");
        assertThat(Slugs.of("--")).isEmpty();
    }

    @Test
    void slugsDropApostrophesPeriodsAndAccents() {
        assertThat(Slugs.of("Conan O'Brien")).isEqualTo("conan-obrien");
        assertThat(Slugs.of("U.S. Army")).isEqualTo("us-army");
        assertThat(Slugs.of("Medellín")).isEqualTo("medellin");
        assertThat(Slugs.of("Łódź – São Tomé’s")).isEqualTo("odz-sao-tomes");
    }

    @Test
    void personNamesFoldSpellingsAndSplitOffTheSurname() {
        assertThat(PersonName.of("Sergey Lavrov")).isEqualTo(PersonName.of("Sergei Lavrov"));
        assertThat(PersonName.of("José  Ramos-Horta Jr.")).isEqualTo(new PersonName(List.of("iose"), "ramos-horta"));
        assertThat(PersonName.of("\tMartin Luther King\n")).isEqualTo(new PersonName(List.of("martin", "luter"), "king"));
        assertThat(PersonName.of("...")).isEqualTo(new PersonName(List.of(), ""));
    }
}
