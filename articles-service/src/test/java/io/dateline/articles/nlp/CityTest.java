package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CityTest {

    private final Pipeline pipeline = Pipeline.standard();

    private List<Entity> entities(String text) {
        return pipeline.annotate(text, null).entities();
    }

    private static Optional<Entity> byId(List<Entity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Test
    void aListedCityUsedAsAPlaceIsALocationWithItsCountry() {
        Entity city = byId(entities("A bus caught fire in Wolverhampton on Monday."), "location:wolverhampton").orElseThrow();
        assertThat(city.type()).isEqualTo(EntityType.LOCATION);
        assertThat(city.country()).isEqualTo("GBR");
    }

    @Test
    void onceUsedAsAPlaceEveryMentionCounts() {
        Entity city = byId(entities("The Wolverhampton bus fire is under review. Firefighters in Wolverhampton said the driver escaped."),
                "location:wolverhampton").orElseThrow();
        assertThat(city.mentions()).extracting(Mention::text).containsExactly("Wolverhampton", "Wolverhampton");
    }

    @Test
    void aSmallCityNeverUsedAsAPlaceIsNotTaken() {
        assertThat(byId(entities("The Wolverhampton bus fire is under review."), "location:wolverhampton")).isEmpty();
    }

    @Test
    void modifiersMayStandBetweenPrepositionAndCity() {
        assertThat(byId(entities("Two shops were robbed in downtown Denver overnight."), "location:denver")).isPresent();
    }

    @Test
    void aCityFollowedByItsStateIsAPlace() {
        Entity city = byId(entities("Last week Ann Arbor, Michigan, voted for a new mayor."), "location:ann-arbor").orElseThrow();
        assertThat(city.country()).isEqualTo("USA");
    }

    @Test
    void accentsMayBeLeftOut() {
        Entity city = byId(entities("The race starts in Medellin tomorrow."), "location:medellin").orElseThrow();
        assertThat(city.name()).isEqualTo("Medellín");
        assertThat(city.country()).isEqualTo("COL");
    }

    @Test
    void aCityNameInsideALongerNameOrAfterAGivenNameIsNotTheCity() {
        List<Entity> found = entities("Officers from the Denver Fire Department met Michael Jackson in Paris.");
        assertThat(byId(found, "location:denver")).isEmpty();
        assertThat(byId(found, "location:jackson")).isEmpty();
    }

    @Test
    void aCapitalAfterAModifiedPlacePhraseIsTheCity() {
        Entity city = byId(entities("A tram overturned in central Madrid."), "location:madrid").orElseThrow();
        assertThat(city.type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void regionsAreLocations() {
        Entity region = byId(entities("Floods hit villages in Sichuan province."), "location:sichuan").orElseThrow();
        assertThat(region.country()).isEqualTo("CHN");
        assertThat(region.mentions()).extracting(Mention::text).containsExactly("Sichuan province");
    }

    @Test
    void aWeekdayAfterACityDoesNotMakeItALongerName() {
        assertThat(byId(entities("Two shops were robbed in Denver Tuesday."), "location:denver")).isPresent();
        assertThat(byId(entities("He threw the ball to Denver Smith at once."), "location:denver")).isEmpty();
    }
}
