package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonRegistryTest {

    private final PersonRegistry registry = new PersonRegistry(List.of(
            new PersonRegistry.KnownPerson("person:sergei-lavrov", "Sergei Lavrov", "Foreign Minister", "country:RUS", "RUS"),
            new PersonRegistry.KnownPerson("person:antony-blinken", "Antony Blinken", "Secretary of State", "country:USA", "USA")));

    @Test
    void spellingVariantsWithAnAgreeingRoleOrAffiliationFoldIntoOneId() {
        assertThat(registry.canonicalId("Sergey Lavrov", "Foreign Minister", null, null)).isEqualTo("person:sergei-lavrov");
        assertThat(registry.canonicalId("Anthony Blinken", null, "country:USA", "USA")).isEqualTo("person:antony-blinken");
        assertThat(registry.canonicalId("Sergie Lavrov", null, null, "RUS")).isEqualTo("person:sergei-lavrov");
        assertThat(registry.canonicalId("Lavrov", "Foreign Minister", null, null)).isEqualTo("person:sergei-lavrov");
    }

    @Test
    void twoPeopleWithOneSurnameStayApart() {
        String george = registry.canonicalId("George Walker", "President", null, "USA");
        String jeb = registry.canonicalId("Jeb Walker", "Governor", null, "USA");
        assertThat(george).isNotEqualTo(jeb);
        assertThat(registry.canonicalId("Maria Lavrova", "Foreign Minister", null, "RUS")).isNotEqualTo("person:sergei-lavrov");
        assertThat(registry.canonicalId("Sergei Lavrov", "Painter", null, "FRA")).isNotEqualTo("person:sergei-lavrov");
    }

    @Test
    void withNothingToCompareAVariantIsNotFolded() {
        String first = registry.canonicalId("Hanna Korpela", null, null, null);
        assertThat(registry.canonicalId("Hanne Korpela", null, null, null)).isNotEqualTo(first);
        assertThat(registry.canonicalId("Hanna Korpela", null, null, null)).isEqualTo(first);
    }

    @Test
    void newPeopleAreRememberedAndIdsStayUnique() {
        String a = registry.canonicalId("Ola Nordmann", "Mayor", null, "NOR");
        assertThat(registry.canonicalId("Ola Nordman", "Mayor", null, null)).isEqualTo(a);
        String b = registry.canonicalId("Ola Nordmann", "Judge", null, "SWE");
        assertThat(b).isNotEqualTo(a).startsWith("person:ola-nordmann");
        assertThat(registry.persons()).extracting(PersonRegistry.KnownPerson::id).contains(a, b);
    }

    @Test
    void canonicaliseRewritesEntitiesAndSpeakers() {
        Annotations a = Pipeline.standard().annotate(
                "Foreign Minister Sergey Lavrov spoke. \"We will answer any provocation firmly,\" Lavrov said.", null);
        Annotations c = registry.canonicalise(a);
        assertThat(c.entities()).extracting(Entity::id).contains("person:sergei-lavrov");
        assertThat(c.quotes().get(0).speaker().id()).isEqualTo("person:sergei-lavrov");
    }
}
