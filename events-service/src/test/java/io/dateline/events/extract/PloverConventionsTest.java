package io.dateline.events.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PloverConventionsTest {

    private final EventExtractor extractor = EventExtractor.standard();

    private static ArticleFixture world() {
        return new ArticleFixture("2023-03-06")
                .entity("country:POL", "Poland", "COUNTRY", "POL", "Polish", "Warsaw")
                .entity("country:BLR", "Belarus", "COUNTRY", "BLR", "Belarusian", "Minsk")
                .entity("country:LVA", "Latvia", "COUNTRY", "LVA", "Latvian");
    }

    private ExtractedEvent first(ArticleFixture f) {
        List<ExtractedEvent> events = extractor.extract(f.build());
        assertThat(events).isNotEmpty();
        return events.get(0);
    }

    @Test
    void futureCooperationTowardsARecipientIsAnAgreement() {
        ExtractedEvent e = first(world().sentence("Poland will support/VB/support Latvia 's bid/NN ."));
        assertThat(e.type()).isEqualTo(PloverType.AGREE);
        assertThat(e.mode()).isEqualTo("support");
        assertThat(e.modality()).isEqualTo(Modality.PLANNED);
    }

    @Test
    void refusedFutureCooperationIsARejection() {
        ExtractedEvent e = first(world().sentence("Poland will not support/VB/support Belarus ."));
        assertThat(e.type()).isEqualTo(PloverType.REJECT);
        assertThat(e.negated()).isTrue();
    }

    @Test
    void coercionTheActorAnnouncesIsAThreat() {
        ExtractedEvent e = first(world().sentence("Belarus said/VBD/say it would close/VB/close its border/NN with Poland ."));
        assertThat(e.type()).isEqualTo(PloverType.THREATEN);
        assertThat(e.mode()).isEqualTo("relations");
        assertThat(e.actor().country()).isEqualTo("BLR");
    }

    @Test
    void aThirdPartysForecastStaysThePlannedAct() {
        ExtractedEvent e = first(world().sentence("Latvia said/VBD/say Belarus will attack/VB/attack Poland ."));
        assertThat(e.type()).isEqualTo(PloverType.ASSAULT);
        assertThat(e.modality()).isEqualTo(Modality.PLANNED);
        assertThat(e.actor().country()).isEqualTo("BLR");
        assertThat(e.reportedBy().country()).isEqualTo("LVA");
    }

    @Test
    void aConditionalFutureActIsAThreat() {
        ExtractedEvent e = first(world().sentence("Poland will withdraw/VB/withdraw its ambassador/NN unless Belarus releases/VBZ/release the prisoners/NNS/prisoner ."));
        assertThat(e.type()).isEqualTo(PloverType.THREATEN);
    }

    @Test
    void aMobilisationStaysAMobilisationWhenPlanned() {
        ExtractedEvent e = first(world().sentence("Poland will deploy/VB/deploy two/CD brigades/NNS/brigade to the border/NN ."));
        assertThat(e.type()).isEqualTo(PloverType.MOBILIZE);
        assertThat(e.modality()).isEqualTo(Modality.PLANNED);
        assertThat(e.location().text()).isEqualTo("to the border");
        assertThat(e.amount().value()).isEqualTo(2.0);
    }

    @Test
    void compoundRecipientKeepsBothMembers() {
        ExtractedEvent e = first(world().sentence("Belarus accused/VBD/accuse Poland and Latvia of spying/VBG/spy ."));
        assertThat(e.type()).isEqualTo(PloverType.ACCUSE);
        assertThat(e.recipient().members()).extracting(Participant::country).containsExactly("POL", "LVA");
    }
}
