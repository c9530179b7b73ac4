package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityTest {

    private final Pipeline pipeline = Pipeline.standard();

    private List<Entity> entities(String text) {
        return pipeline.annotate(text, null).entities();
    }

    private static Optional<Entity> byId(List<Entity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static List<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void countryNamesDemonymsAndShortFormsShareOneId() {
        List<Entity> found = entities("Denmark will send Danish pilots. The Kingdom of Denmark and the Danes agree. "
                + "The UK and Britain followed, as did the Ukrainian army.");
        Entity denmark = byId(found, "country:DNK").orElseThrow();
        assertThat(denmark.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(denmark.country()).isEqualTo("DNK");
        assertThat(mentionTexts(denmark)).containsExactly("Denmark", "Danish", "Kingdom of Denmark", "Danes");
        assertThat(denmark.aliases()).contains("Danish").doesNotContain("Denmark");
        assertThat(mentionTexts(byId(found, "country:GBR").orElseThrow())).containsExactly("UK", "Britain");
        assertThat(byId(found, "country:UKR")).isPresent();
    }

    @Test
    void capitalsAndSeatsOfGovernmentStandForTheCountry() {
        List<Entity> found = entities("Moscow rejected the offer, the Kremlin said, while the White House and the Pentagon "
                + "waited and Madrid stayed silent.");
        assertThat(mentionTexts(byId(found, "country:RUS").orElseThrow())).containsExactly("Moscow", "Kremlin");
        assertThat(mentionTexts(byId(found, "country:USA").orElseThrow())).containsExactly("White House", "Pentagon");
        assertThat(byId(found, "country:ESP")).isPresent();
    }

    @Test
    void aCapitalAfterAPrepositionOfPlaceIsTheCity() {
        Entity city = byId(entities("The delegates met in Madrid on Friday."), "location:madrid").orElseThrow();
        assertThat(city.type()).isEqualTo(EntityType.LOCATION);
        assertThat(city.country()).isEqualTo("ESP");
    }

    @Test
    void aCapitalInsideALongerNameIsNotTheCountry() {
        assertThat(byId(entities("The Washington Post reported the story."), "country:USA")).isEmpty();
    }

    @Test
    void organisationsWithAliasesAndTheAllianceInContext() {
        List<Entity> found = entities("The North Atlantic Treaty Organization met. NATO ministers said the Alliance is united.");
        Entity nato = byId(found, "nato").orElseThrow();
        assertThat(nato.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mentionTexts(nato)).containsExactly("North Atlantic Treaty Organization", "NATO", "Alliance");
        assertThat(byId(entities("The Alliance for Progress met in the town hall."), "nato")).isEmpty();
    }

    @Test
    void regionsAndSeas() {
        List<Entity> found = entities("Ships crossed the Baltic Sea towards Eastern Europe after Crimea was annexed.");
        assertThat(byId(found, "location:baltic-sea")).isPresent();
        assertThat(byId(found, "location:eastern-europe")).isPresent();
        assertThat(byId(found, "location:crimea").orElseThrow().country()).isEqualTo("UKR");
    }

    @Test
    void unlistedPeopleWithRoleAndAffiliation() {
        List<Entity> found = entities("Norwegian Foreign Minister Ingrid Halvorsen met spokeswoman Petra Lindqvist.");
        Entity minister = byId(found, "person:ingrid-halvorsen").orElseThrow();
        assertThat(minister.type()).isEqualTo(EntityType.PERSON);
        assertThat(minister.role()).isEqualTo("Foreign Minister");
        assertThat(minister.affiliation()).isEqualTo("country:NOR");
        assertThat(minister.country()).isEqualTo("NOR");
        assertThat(byId(found, "person:petra-lindqvist").orElseThrow().role()).isEqualTo("Spokesperson");
    }

    @Test
    void roleInAnApposition() {
        Entity p = byId(entities("Tomas Brandt, the Swedish defence minister, arrived late."), "person:tomas-brandt").orElseThrow();
        assertThat(p.role()).isEqualTo("Defence Minister");
        assertThat(p.country()).isEqualTo("SWE");
    }

    @Test
    void organisationsFromPatterns() {
        Entity ministry = byId(entities("The Finnish Defence Ministry confirmed the flights."), "org:fin-defence-ministry").orElseThrow();
        assertThat(ministry.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(ministry.country()).isEqualTo("FIN");
    }

    @Test
    void surnameAloneAndRoleAloneResolveToTheFullPerson() {
        List<Entity> found = entities("Secretary General Aino Virtanen opened the summit. Virtanen said the talks were hard. "
                + "Later the Secretary General left.");
        Entity p = byId(found, "person:aino-virtanen").orElseThrow();
        assertThat(mentionTexts(p)).containsExactly("Aino Virtanen", "Virtanen", "Secretary General");
        assertThat(p.aliases()).contains("Virtanen");
    }

    @Test
    void anAmbiguousSurnameStaysUnresolved() {
        List<Entity> found = entities("Anna Berg and Lukas Berg were elected. Berg thanked the voters.");
        long bergMentions = found.stream().filter(e -> e.type() == EntityType.PERSON)
                .flatMap(e -> e.mentions().stream()).filter(m -> m.text().equals("Berg")).count();
        assertThat(bergMentions).isZero();
    }

    @Test
    void personByGivenNameAndSpeechVerb() {
        List<Entity> found = entities("Markus Ellingsen said the border was calm.");
        assertThat(byId(found, "person:markus-ellingsen")).isPresent();
    }

    @Test
    void aNameWrittenSurnameFirstIsReferredToByItsFirstWord() {
        List<Entity> found = entities("Spokesperson Geng Shuang spoke on Tuesday. Geng said the visit was useful.");
        assertThat(mentionTexts(byId(found, "person:geng-shuang").orElseThrow())).containsExactly("Geng Shuang", "Geng");
    }

    @Test
    void wellKnownPeopleCarryTheirCountry() {
        Entity p = byId(entities("Angela Merkel arrived in Paris."), "person:angela-merkel").orElseThrow();
        assertThat(p.country()).isEqualTo("DEU");
        assertThat(p.role()).isEqualTo("Chancellor");
    }

    @Test
    void aHeadOfStateWithoutAffiliationTakesTheOneCountryOfItsSentence() {
        List<Entity> found = entities("President Ana Velasquez toured the flooded north of Honduras, while aid came from Japan "
                + "and Canada. She met relief workers.");
        assertThat(byId(found, "person:ana-velasquez").orElseThrow().country()).isNull();
        List<Entity> single = entities("President Ana Velasquez toured the flooded north of Honduras.");
        assertThat(byId(single, "person:ana-velasquez").orElseThrow().country()).isEqualTo("HND");
    }

    @Test
    void aCountryNameAfterAGivenNameIsASurname() {
        List<Entity> found = entities("Michael Jordan visited Jordan.");
        assertThat(byId(found, "person:michael-jordan")).isPresent();
        assertThat(mentionTexts(byId(found, "country:JOR").orElseThrow())).containsExactly("Jordan");
    }
}
