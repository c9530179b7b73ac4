package io.dateline.events.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacePhrasesTest {

    private static final String TEXT = "The ferry left Port Elsby at dawn. Crews searched near the Harbour Board office "
            + "and outside Kestrel Point. Mara Olsen said in a statement that within Elsbyton nobody was hurt.";

    @Test
    void aNameAfterAPlaceWordIsUsedAsAPlace() {
        PlacePhrases places = new PlacePhrases(TEXT);
        assertThat(places.usedAsPlace("Harbour Board")).isTrue();
        assertThat(places.usedAsPlace("Kestrel Point")).isTrue();
    }

    @Test
    void aNameElsewhereIsNot() {
        PlacePhrases places = new PlacePhrases(TEXT);
        assertThat(places.usedAsPlace("Port Elsby")).isFalse();
        assertThat(places.usedAsPlace("Mara Olsen")).isFalse();
    }

    @Test
    void bothEndsMustBeWordBoundaries() {
        PlacePhrases places = new PlacePhrases(TEXT);
        assertThat(places.usedAsPlace("Kestrel")).isTrue();
        assertThat(places.usedAsPlace("Harbour Bo")).isFalse();
        assertThat(places.usedAsPlace("Elsbyton")).isFalse(); // "within" is not "in"
    }

    @Test
    void theFirstWordOfTheTextCanOpenThePhrase() {
        assertThat(new PlacePhrases("at Kestrel Point the search ended").usedAsPlace("Kestrel Point")).isTrue();
        assertThat(new PlacePhrases("").usedAsPlace("Kestrel Point")).isFalse();
    }
}
