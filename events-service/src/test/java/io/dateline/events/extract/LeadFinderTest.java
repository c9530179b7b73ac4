package io.dateline.events.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.events.feed.AnnotatedArticle;
import io.dateline.events.feed.Article;
import org.junit.jupiter.api.Test;

class LeadFinderTest {

    private final EventExtractor extractor = EventExtractor.standard();

    private static AnnotatedArticle titled(ArticleFixture fixture, String title) {
        AnnotatedArticle a = fixture.build();
        Article x = a.article();
        return new AnnotatedArticle(new Article(x.id(), x.url(), x.source(), title, x.publishedAt(), x.language(),
                x.text(), x.dateline(), x.authors(), x.duplicateOf(), x.contentHash()), a.annotations());
    }

    @Test
    void thePersonTheTitleNamesIsWho() {
        Lead lead = extractor.lead(titled(new ArticleFixture("2023-05-02")
                .person("person:mara-olsen", "Mara Olsen", "PERSON", "NOR", null, "Olsen")
                .entity("org:harbour-board", "Harbour Board", "ORGANIZATION", "NOR")
                .sentence("The Harbour Board praised/VBD/praise the rescue/NN on Monday .")
                .sentence("Olsen pulled/VBD/pull two sailors/NNS/sailor from the water/NN ."),
                "Mara Olsen saves two sailors"));
        assertThat(lead.who()).isEqualTo("Mara Olsen");
    }

    @Test
    void anUnknownNameAfterInIsWhere() {
        Lead lead = extractor.lead(titled(new ArticleFixture("2023-05-02")
                .sentence("Hundreds/NNS/hundred of fishermen/NNS/fisherman protested/VBD/protest in Kettlewick on Tuesday ."),
                "Fishermen protest quota cuts"));
        assertThat(lead.where()).isEqualTo("in Kettlewick");
        assertThat(lead.event().type()).isEqualTo(PloverType.PROTEST);
    }

    @Test
    void withoutATimePhraseWhenIsThePublicationDay() {
        Lead lead = extractor.lead(titled(new ArticleFixture("2023-05-02T08:00:00Z")
                .entity("country:NOR", "Norway", "COUNTRY", "NOR")
                .sentence("Norway expelled/VBD/expel three diplomats/NNS/diplomat ."), "Norway expels diplomats"));
        assertThat(lead.when()).isNull();
        assertThat(lead.day()).isEqualTo("2023-05-02");
        assertThat(lead.who()).isEqualTo("Norway");
        assertThat(lead.what()).isEqualTo("expels three diplomats");
    }

    @Test
    void aReasonCueGivesWhy() {
        Lead lead = extractor.lead(titled(new ArticleFixture("2023-05-02")
                .entity("country:NOR", "Norway", "COUNTRY", "NOR")
                .sentence("Norway expelled/VBD/expel three diplomats/NNS/diplomat in retaliation for the arrests/NNS/arrest ."),
                "Norway expels diplomats"));
        assertThat(lead.why()).isEqualTo("in retaliation for the arrests");
    }

    @Test
    void aBodyDatelineIsWhereWhenNothingBetterIs() {
        Lead lead = extractor.lead(titled(new ArticleFixture("2023-05-02")
                .entity("country:NOR", "Norway", "COUNTRY", "NOR")
                .sentence("TROMSO/NNP --/: Norway expelled/VBD/expel three diplomats/NNS/diplomat ."),
                "Norway expels diplomats"));
        assertThat(lead.where()).isEqualTo("TROMSO");
    }

    @Test
    void aVenueIsWidenedByTheCityTheTextPutsItIn() {
        Lead lead = extractor.lead(titled(new ArticleFixture("2023-05-02")
                .entity("location:kettleby", "Kettleby", "LOCATION", "GBR")
                .sentence("Hundreds/NNS/hundred of fishermen/NNS/fisherman protested/VBD/protest outside Harbour Hall in Kettleby ."),
                "Fishermen protest outside Harbour Hall"));
        assertThat(lead.where()).isEqualTo("Harbour Hall in Kettleby");
    }

    @Test
    void aTitleNameTheTextSeldomUsesAsAPlaceIsNotWhere() {
        Lead lead = extractor.lead(titled(new ArticleFixture("2023-05-02")
                .sentence("Ana Lind has raced/VBN/race in Grand Rally since 2019 .")
                .sentence("Grand Rally officials/NNS/official praised/VBD/praise her/PRP .")
                .sentence("Grand Rally fans/NNS/fan cheered/VBD/cheer at Brookfield ."),
                "Grand Rally star Ana Lind wins at Brookfield"));
        assertThat(lead.where()).isEqualTo("Brookfield");
    }

    @Test
    void theNameATitleOpensWithIsWhoEvenWhenTheEventIsAnothers() {
        Lead lead = extractor.lead(titled(new ArticleFixture("2023-05-02")
                .person("person:mara-olsen", "Mara Olsen", "PERSON", "NOR", null)
                .person("person:jon-berg", "Jon Berg", "PERSON", "NOR", null)
                .sentence("Jon Berg attacked/VBD/attack Mara Olsen in a speech/NN ."),
                "Mara Olsen blames Jon Berg for the attack"));
        assertThat(lead.who()).isEqualTo("Mara Olsen");
    }

    @Test
    void theVictimsOfAnAgentlessPassiveAfterADatelineAreWho() {
        Lead lead = extractor.lead(titled(new ArticleFixture("2023-05-02")
                .sentence("KETTLEBY/NNP --/: At/IN least/JJS seven/CD people/NNS/people were killed/VBN/kill when/WRB "
                        + "a bridge/NN collapsed/VBD/collapse ."),
                "Bridge collapse kills seven"));
        assertThat(lead.who()).isEqualTo("At least seven people");
    }

    @Test
    void whereSomeoneComesFromIsNotWhere() {
        Lead lead = extractor.lead(titled(new ArticleFixture("2023-05-02")
                .entity("location:dunmore", "Dunmore", "LOCATION", "GBR")
                .sentence("A man/NN from Dunmore was/VBD hurt/VBN/hurt near the Millbrook stop/NN on Monday ."),
                "Crash survivor speaks of shock"));
        assertThat(lead.where()).isEqualTo("Millbrook stop");
    }

    @Test
    void aPlaceInAPrepositionalPhraseIsNoActor() {
        Lead lead = extractor.lead(titled(new ArticleFixture("2023-05-02")
                .entity("location:kettleby", "Kettleby", "LOCATION", "GBR")
                .sentence("A gunman/NN opened/VBD/open fire/NN in downtown/JJ Kettleby and/CC wounded/VBD/wound "
                        + "five/CD people/NNS/people ."),
                "Gunman wounds five in Kettleby"));
        assertThat(lead.event().actor().name()).isEqualTo("A gunman");
        assertThat(lead.where()).isEqualTo("Kettleby");
    }

    @Test
    void withoutAnEventWhatIsTheHeadlinesPredicate() {
        Lead lead = extractor.lead(titled(new ArticleFixture("2023-05-02")
                .person("person:ana-lind", "Ana Lind", "PERSON", "NOR", null)
                .person("person:jon-berg", "Jon Berg", "PERSON", "NOR", null)
                .sentence("The shop/NN of Ana Lind and/CC Jon Berg sells/VBZ/sell bread/NN ."),
                "Ana Lind and Jon Berg open a bakery after years of planning"));
        assertThat(lead.event()).isNull();
        assertThat(lead.what()).isEqualTo("open a bakery");
    }
}
