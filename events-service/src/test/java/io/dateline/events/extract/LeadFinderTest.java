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
}
