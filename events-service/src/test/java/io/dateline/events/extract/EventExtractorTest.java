package io.dateline.events.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.events.feed.AnnotatedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

    private final EventExtractor extractor = EventExtractor.standard();

    private static ArticleFixture world() {
        return new ArticleFixture("2022-01-24T10:00:00Z")
                .entity("country:DNK", "Denmark", "COUNTRY", "DNK", "Danish")
                .entity("country:ESP", "Spain", "COUNTRY", "ESP", "Spanish")
                .entity("country:FRA", "France", "COUNTRY", "FRA", "French")
                .entity("country:RUS", "Russia", "COUNTRY", "RUS", "Russian", "Moscow", "Kremlin")
                .entity("country:UKR", "Ukraine", "COUNTRY", "UKR", "Ukrainian", "Kyiv")
                .entity("country:LTU", "Lithuania", "COUNTRY", "LTU")
                .entity("org:nato", "NATO", "ORGANIZATION", null)
                .entity("location:baltic-sea", "Baltic Sea", "LOCATION", null);
    }

    private List<ExtractedEvent> extract(ArticleFixture fixture) {
        return extractor.extract(fixture.build());
    }

    private static ExtractedEvent only(List<ExtractedEvent> events, PloverType type) {
        List<ExtractedEvent> ofType = events.stream().filter(e -> e.type() == type).toList();
        assertThat(ofType).as("events of type %s in %s", type, events).hasSize(1);
        return ofType.get(0);
    }

    @Test
    void plannedDeploymentKeepsActorAmountPlaceAndDate() {
        List<ExtractedEvent> events = extract(world()
                .time("on Monday", "2022-01-24", "DAY")
                .sentence("Denmark will send/VB/send a frigate to the Baltic Sea and Lithuania on Monday ."));
        ExtractedEvent e = only(events, PloverType.MOBILIZE);
        assertThat(e.mode()).isEqualTo("troops");
        assertThat(e.actor().country()).isEqualTo("DNK");
        assertThat(e.modality()).isEqualTo(Modality.PLANNED);
        assertThat(e.negated()).isFalse();
        assertThat(e.amount()).isEqualTo(new Amount(1.0, "frigate", "a frigate"));
        assertThat(e.location().text()).isEqualTo("to the Baltic Sea and Lithuania");
        assertThat(e.location().name()).isEqualTo("the Baltic Sea and Lithuania");
        assertThat(e.location().entityIds()).containsExactly("location:baltic-sea", "country:LTU");
        assertThat(e.date()).isEqualTo(new EventDate("2022-01-24", "DAY", "on Monday", false));
        assertThat(e.evidence().sentenceIndex()).isZero();
        assertThat(e.evidence().articleId()).isEqualTo("article-1");
        assertThat(e.summary()).isEqualTo("Denmark sends a frigate to the Baltic Sea and Lithuania (planned)");
    }

    @Test
    void aTitleCaseHeadlineIsSummarisedInRunningTextKeepingNamesCapitalised() {
        List<ExtractedEvent> events = extract(world()
                .entity("country:UKR", "Ukraine", "COUNTRY", "UKR", "Ukrainian")
                .sentence("Rebels/NNS/rebel Kill/VBP/kill At/IN/at Least/JJS/least 12/CD Ukrainian/JJ Soldiers/NNS/soldier"));
        String summary = only(events, PloverType.ASSAULT).summary();
        assertThat(summary).contains("kill").contains("at least 12 Ukrainian soldiers").doesNotContain("At Least");
    }

    @Test
    void aSentenceInRunningTextKeepsItsCapitalsInTheSummary() {
        List<ExtractedEvent> events = extract(world()
                .entity("country:UKR", "Ukraine", "COUNTRY", "UKR", "Ukrainian")
                .sentence("Rebels/NNS/rebel killed/VBD/kill at/IN least/JJS 12/CD soldiers/NNS/soldier near Mariupol ."));
        assertThat(only(events, PloverType.ASSAULT).summary()).contains("at least 12 soldiers");
    }

    @Test
    void aReportingClauseAfterACommaIsNotPartOfThePlace() {
        ExtractedEvent e = only(extract(world()
                .time("on Monday", "2022-01-24", "DAY")
                .sentence("Spain will send/VB/send fighter/NN jets/NNS/jet to Lithuania , the Spanish/JJ defence/NN "
                        + "ministry/NN said/VBD/say on Monday .")), PloverType.MOBILIZE);
        assertThat(e.location().text()).isEqualTo("to Lithuania");
        assertThat(e.location().name()).isEqualTo("Lithuania");
        assertThat(e.location().entityIds()).containsExactly("country:LTU");
        assertThat(e.recipient() == null ? null : e.recipient().country()).isNotEqualTo("ESP");
    }

    @Test
    void aListOfPlacesAfterACommaStaysOnePlace() {
        ExtractedEvent e = only(extract(world()
                .sentence("Spain sent/VBD/send fighter/NN planes/NNS/plane to Ukraine , Lithuania and the Baltic Sea .")),
                PloverType.MOBILIZE);
        assertThat(e.location().entityIds()).containsExactly("country:UKR", "country:LTU", "location:baltic-sea");
    }

    @Test
    void withoutATimePhraseTheDateIsThePublicationWeek() {
        ExtractedEvent e = only(extract(world()
                .sentence("Spain sent/VBD/send fighter/NN planes/NNS/plane to Lithuania .")), PloverType.MOBILIZE);
        assertThat(e.date()).isEqualTo(new EventDate("2022-W04", "WEEK", null, true));
        assertThat(e.amount().unit()).isEqualTo("plane");
        assertThat(e.amount().value()).isNull();
        assertThat(e.amount().text()).isEqualTo("fighter planes");
    }

    @Test
    void annotatedQuantityIsAttached() {
        ExtractedEvent e = only(extract(world()
                .quantity("8,500 troops", 8500, "troops")
                .sentence("NATO put/VBD/put 8,500 troops/NNS/troop on high/JJ alert .")), PloverType.MOBILIZE);
        assertThat(e.amount()).isEqualTo(new Amount(8500.0, "troops", "8,500 troops"));
        assertThat(e.actor().entityId()).isEqualTo("org:nato");
    }

    @Test
    void negationWithModalIsPlannedAndNegated() {
        ExtractedEvent e = only(extract(world()
                .sentence("NATO will not deploy/VB/deploy combat/NN units/NNS/unit in Ukraine .")), PloverType.MOBILIZE);
        assertThat(e.negated()).isTrue();
        assertThat(e.modality()).isEqualTo(Modality.PLANNED);
        assertThat(e.location().country()).isEqualTo("UKR");
        assertThat(e.summary()).isEqualTo("NATO does not deploy combat units in Ukraine (planned)");
    }

    @Test
    void noIntentionAndNoPlansAreNegatedPlans() {
        ExtractedEvent intention = only(extract(world()
                .sentence("Russia has no intention/NN of invading/VBG/invade Ukraine .")), PloverType.ASSAULT);
        assertThat(intention.negated()).isTrue();
        assertThat(intention.modality()).isEqualTo(Modality.PLANNED);
        assertThat(intention.recipient().country()).isEqualTo("UKR");
        ExtractedEvent plans = only(extract(world()
                .sentence("France has no plans/NNS/plan to send/VB/send troops/NNS/troop to Ukraine .")), PloverType.MOBILIZE);
        assertThat(plans.negated()).isTrue();
        assertThat(plans.modality()).isEqualTo(Modality.PLANNED);
    }

    @Test
    void contemplatingIsConsidered() {
        ExtractedEvent e = only(extract(world()
                .sentence("Spain is contemplating/VBG/contemplate sending/VBG/send warships/NNS/warship to the Baltic Sea .")),
                PloverType.MOBILIZE);
        assertThat(e.modality()).isEqualTo(Modality.CONSIDERED);
        assertThat(e.negated()).isFalse();
    }

    @Test
    void preparingIsPlanned() {
        ExtractedEvent e = only(extract(world()
                .sentence("Denmark is preparing/VBG/prepare to deploy/VB/deploy jets/NNS/jet to Lithuania .")),
                PloverType.MOBILIZE);
        assertThat(e.modality()).isEqualTo(Modality.PLANNED);
    }

    @Test
    void conditionalIsHypothetical() {
        ExtractedEvent e = only(extract(world()
                .sentence("Russia would impose/VB/impose sanctions/NNS/sanction on Lithuania if NATO expanded/VBD/expand .")),
                PloverType.SANCTION);
        assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(e.recipient().country()).isEqualTo("LTU");
    }

    @Test
    void denialIsDenied() {
        ExtractedEvent e = only(extract(world()
                .sentence("The Kremlin denies/VBZ/deny sending/VBG/send troops/NNS/troop to Ukraine .")), PloverType.MOBILIZE);
        assertThat(e.modality()).isEqualTo(Modality.DENIED);
        assertThat(e.actor().country()).as("the Kremlin stands for Russia").isEqualTo("RUS");
    }

    @Test
    void reportedSpeechGivesTheEventToTheReportedActor() {
        List<ExtractedEvent> events = extract(world()
                .sentence("France said/VBD/say Spain will send/VB/send troops/NNS/troop to Lithuania ."));
        ExtractedEvent e = only(events, PloverType.MOBILIZE);
        assertThat(e.actor().country()).isEqualTo("ESP");
        assertThat(e.reportedBy().country()).isEqualTo("FRA");
        assertThat(e.modality()).isEqualTo(Modality.PLANNED);
        assertThat(events).allMatch(x -> x.actor() == null || !"FRA".equals(x.actor().country()));
    }

    @Test
    void subjectPronounAfterReportingVerbIsTheSpeaker() {
        ExtractedEvent e = only(extract(world()
                .sentence("Spain said/VBD/say it had expelled/VBN/expel two Russian diplomats/NNS/diplomat .")),
                PloverType.SANCTION);
        assertThat(e.mode()).isEqualTo("expel");
        assertThat(e.actor().country()).isEqualTo("ESP");
        assertThat(e.recipient().country()).isEqualTo("RUS");
    }

    @Test
    void trailingAttributionIsTheReporter() {
        ExtractedEvent e = only(extract(world()
                .sentence("Russian troops/NNS/troop shelled/VBD/shell Kyiv/NNP , Ukraine said/VBD/say .")), PloverType.ASSAULT);
        assertThat(e.actor().country()).isEqualTo("RUS");
        assertThat(e.reportedBy().country()).isEqualTo("UKR");
    }

    @Test
    void compoundActorIsOneEventWithTwoMembers() {
        ExtractedEvent e = only(extract(world()
                .sentence("Spain and France held/VBD/hold talks/NNS/talk in Moscow .")), PloverType.CONSULT);
        assertThat(e.actor().isCompound()).isTrue();
        assertThat(e.actor().members()).extracting(Participant::country).containsExactly("ESP", "FRA");
        assertThat(e.summary()).startsWith("Spain and France hold talks");
    }

    @Test
    void metonymCapitalStandsForItsCountry() {
        ExtractedEvent e = only(extract(world()
                .sentence("Moscow accused/VBD/accuse Kyiv of shelling/VBG/shell civilians/NNS/civilian .")), PloverType.ACCUSE);
        assertThat(e.actor().country()).isEqualTo("RUS");
        assertThat(e.recipient().country()).isEqualTo("UKR");
    }

    @Test
    void spokesmanSpeaksForHisGovernment() {
        ExtractedEvent e = only(extract(world()
                .person("person:ivan-petrov", "Ivan Petrov", "PERSON", null, "country:RUS", "Petrov")
                .sentence("Kremlin/NNP spokesman/NN Ivan Petrov rejected/VBD/reject the proposal/NN .")), PloverType.REJECT);
        assertThat(e.actor().entityId()).isEqualTo("person:ivan-petrov");
        assertThat(e.actor().affiliation()).isEqualTo("country:RUS");
        assertThat(e.actor().country()).isEqualTo("RUS");
    }

    @Test
    void controlVerbAbsorbsItsComplement() {
        List<ExtractedEvent> events = extract(world()
                .sentence("Russia threatened/VBD/threaten to cut/VB/cut off/RP gas/NN supplies/NNS/supply to Lithuania ."));
        assertThat(events).extracting(ExtractedEvent::type).containsExactly(PloverType.THREATEN);
        assertThat(events.get(0).recipient().country()).isEqualTo("LTU");
    }

    @Test
    void passiveSubjectIsTheRecipient() {
        ExtractedEvent e = only(extract(world()
                .sentence("Two Ukrainian soldiers/NNS/soldier were killed/VBN/kill by Russian artillery/NN .")), PloverType.ASSAULT);
        assertThat(e.recipient().country()).isEqualTo("UKR");
        assertThat(e.actor().country()).isEqualTo("RUS");
    }

    @Test
    void eachTypeFamilyHasTriggers() {
        assertType("Spain and France agreed/VBD/agree to cooperate/VB/cooperate .", PloverType.AGREE);
        assertType("The Danish minister/NN visited/VBD/visit Kyiv .", PloverType.CONSULT);
        assertType("France praised/VBD/praise Lithuania for its courage/NN .", PloverType.SUPPORT);
        assertType("Ukraine lifted/VBD/lift the curfew/NN in Kyiv .", PloverType.CONCEDE);
        assertType("Spain shared/VBD/share intelligence/NN with France .", PloverType.COOPERATE);
        assertType("Denmark gave/VBD/give Ukraine 20 million/CD dollars/NNS/dollar in aid/NN .", PloverType.AID);
        assertType("Russia released/VBD/release ten Ukrainian prisoners/NNS/prisoner .", PloverType.RETREAT);
        assertType("Lithuania demanded/VBD/demand that Russia withdraw/VB/withdraw its troops/NNS/troop .", PloverType.REQUEST);
        assertType("Ukraine condemned/VBD/condemn the Russian strikes/NNS/strike .", PloverType.ACCUSE);
        assertType("Russia rejected/VBD/reject the French proposal/NN .", PloverType.REJECT);
        assertType("Russia threatened/VBD/threaten Lithuania .", PloverType.THREATEN);
        assertType("Thousands/NNS/thousand of Spanish farmers/NNS/farmer protested/VBD/protest in Madrid/NNP .", PloverType.PROTEST);
        assertType("France imposed/VBD/impose sanctions/NNS/sanction on Russia .", PloverType.SANCTION);
        assertType("Russia massed/VBD/mass troops/NNS/troop near Ukraine .", PloverType.MOBILIZE);
        assertType("Russia arrested/VBD/arrest two Danish journalists/NNS/journalist .", PloverType.COERCE);
        assertType("Russian jets/NNS/jet bombed/VBD/bomb Kyiv .", PloverType.ASSAULT);
    }

    private void assertType(String sentence, PloverType type) {
        AnnotatedArticle a = world().sentence(sentence).build();
        assertThat(extractor.extract(a)).as(sentence).extracting(ExtractedEvent::type).contains(type);
    }

    @Test
    void leadNamesWhoWhatWhenWhere() {
        Lead lead = extractor.lead(world()
                .time("on Monday", "2022-01-24", "DAY")
                .sentence("Denmark sent/VBD/send a frigate to the Baltic Sea on Monday .")
                .sentence("Officials/NNS/official said/VBD/say more/JJR ships/NNS/ship may/MD follow/VB/follow .").build());
        assertThat(lead.who()).isEqualTo("Denmark");
        assertThat(lead.when()).isEqualTo("on Monday");
        assertThat(lead.day()).isEqualTo("2022-01-24");
        assertThat(lead.where()).isEqualTo("to the Baltic Sea");
        assertThat(lead.what()).isEqualTo("sends a frigate");
        assertThat(lead.event().type()).isEqualTo(PloverType.MOBILIZE);
    }
}
