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
        Entity city = byId(entities("A bus caught fire in Croydon on Monday."), "location:croydon").orElseThrow();
        assertThat(city.type()).isEqualTo(EntityType.LOCATION);
        assertThat(city.country()).isEqualTo("GBR");
    }

    @Test
    void onceUsedAsAPlaceEveryMentionCounts() {
        Entity city = byId(entities("The Croydon bus fire is under review. Firefighters in Croydon said the driver escaped."),
                "location:croydon").orElseThrow();
        assertThat(city.mentions()).extracting(Mention::text).containsExactly("Croydon", "Croydon");
    }

    @Test
    void aSmallCityNeverUsedAsAPlaceIsNotTaken() {
        assertThat(byId(entities("The Croydon bus fire is under review."), "location:croydon")).isEmpty();
    }

    @Test
    void modifiersMayStandBetweenPrepositionAndCity() {
        assertThat(byId(entities("Two shops were robbed in downtown Seattle overnight."), "location:seattle")).isPresent();
    }

    @Test
    void aCityFollowedByItsStateIsAPlace() {
        Entity city = byId(entities("Last week Sterling Heights, Michigan, voted for a new mayor."), "location:sterling-heights").orElseThrow();
        assertThat(city.country()).isEqualTo("USA");
    }

    @Test
    void accentsMayBeLeftOut() {
        Entity city = byId(entities("The race starts in Sao Paulo tomorrow."), "location:sao-paulo").orElseThrow();
        assertThat(city.name()).isEqualTo("São Paulo");
        assertThat(city.country()).isEqualTo("BRA");
    }

    @Test
    void aCityNameInsideALongerNameOrAfterAGivenNameIsNotTheCity() {
        List<Entity> found = entities("Officers from the Seattle Fire Department met Michael Jackson in Paris.");
        assertThat(byId(found, "location:seattle")).isEmpty();
        assertThat(byId(found, "location:jackson")).isEmpty();
    }

    @Test
    void aCapitalAfterAModifiedPlacePhraseIsTheCity() {
        Entity city = byId(entities("A tram overturned in south London."), "location:london").orElseThrow();
        assertThat(city.type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void regionsAreLocations() {
        Entity region = byId(entities("Floods hit villages in Hebei province."), "location:hebei").orElseThrow();
        assertThat(region.country()).isEqualTo("CHN");
        assertThat(region.mentions()).extracting(Mention::text).containsExactly("Hebei province");
    }
}
