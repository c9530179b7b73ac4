package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class QuantityTest {

    private final Pipeline pipeline = Pipeline.standard();

    @Test
    void countsOfTroopsAircraftAndShips() {
        String text = "Paris will send six Rafale jets, about 3,000 troops and two frigates, while 8,500 U.S. soldiers wait.";
        assertThat(pipeline.annotate(text, null).quantities())
                .extracting(Quantity::value, Quantity::unit, Quantity::text)
                .containsExactly(
                        tuple(6.0, "aircraft", "six Rafale jets"),
                        tuple(3000.0, "troops", "about 3,000 troops"),
                        tuple(2.0, "ships", "two frigates"),
                        tuple(8500.0, "soldiers", "8,500 U.S. soldiers"));
    }

    @Test
    void offsetsCoverTheText() {
        String text = "Officials said nearly 40 tanks moved.";
        Quantity q = pipeline.annotate(text, null).quantities().get(0);
        assertThat(text.substring(q.start(), q.end())).isEqualTo("nearly 40 tanks");
    }

    @Test
    void wordNumbersAndApproximations() {
        String text = "Tens of thousands of refugees fled, hundreds of soldiers stayed, and twenty-five drones and "
                + "two hundred and fifty vehicles were lost.";
        assertThat(pipeline.annotate(text, null).quantities())
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(20000.0, "refugees"), tuple(200.0, "soldiers"), tuple(25.0, "drones"),
                        tuple(250.0, "vehicles"));
    }

    @Test
    void casualties() {
        String text = "At least 12 civilians were killed and 30 people wounded when the shelling killed three more.";
        assertThat(pipeline.annotate(text, null).quantities())
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(12.0, "killed"), tuple(30.0, "wounded"), tuple(3.0, "killed"));
    }

    @Test
    void money() {
        String text = "The fund pledged $5 million, then 2.5 billion euros and £300m more.";
        assertThat(pipeline.annotate(text, null).quantities())
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(5e6, "USD"), tuple(2.5e9, "EUR"), tuple(3e8, "GBP"));
    }

    @Test
    void yearsAndBareNumbersAreNotQuantities() {
        assertThat(pipeline.annotate("In 2022 the plan had 14 points.", null).quantities()).isEmpty();
    }
}
