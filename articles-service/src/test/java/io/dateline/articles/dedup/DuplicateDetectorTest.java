package io.dateline.articles.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    private static final String WIRE = """
            MESK, Korvala (Example Wire) - A passenger ferry carrying 212 people ran aground on a reef off the \
            island of Korvala early on Monday, injuring 40 passengers, the coast guard said. The ferry Aurora Star \
            had lost engine power in heavy seas shortly after leaving the harbour and drifted for almost an hour \
            before it struck the reef, according to a coast guard spokeswoman. Rescue boats and two fishing \
            trawlers took the injured to the hospital in the harbour town of Mesk, where doctors said six people \
            were in a serious condition. The remaining passengers were brought ashore by noon. The ferry operator, \
            Northline, said it would cooperate fully with the investigation and that the vessel had passed its \
            last safety inspection in January. Divers are expected to inspect the damaged hull on Tuesday, and the \
            transport ministry has suspended two other ferries of the same class while engineers check their \
            engines. Fishermen on the island said the weather had worsened quickly overnight and that several \
            smaller boats had stayed in port.""";

    private static final String SYNDICATED = """
            Skip to main content | Home | World | Business | Sport
            Forty hurt as Aurora Star ferry strikes reef off Korvala
            Share this article: Facebook Twitter Email
            MESK, Korvala (Example Wire) - A passenger ferry carrying 212 people ran aground on a reef off the \
            island of Korvala early on Monday, injuring 40 passengers, the coast guard said. The ferry Aurora Star \
            had lost engine power in heavy seas shortly after leaving port and drifted for almost an hour \
            before it struck the reef, according to a coast guard spokeswoman. Rescue boats and two fishing \
            trawlers took the injured to the hospital in the harbour town of Mesk, where doctors said six people \
            were seriously hurt. The remaining passengers were brought ashore by noon. The ferry operator, \
            Northline, said it would cooperate fully with the investigation and that the vessel had passed its \
            last safety inspection in January. Divers are expected to inspect the damaged hull on Tuesday, and the \
            transport ministry has suspended two other ferries of the same class while engineers check their \
            engines. Fishermen on the island said the weather had worsened quickly overnight and that several \
            smaller boats had stayed in port.
            Advertisement
            Sign up for our newsletter. Most read: Prices rise again | Storm warning for the coast""";

    private static final String OTHER_REPORT = """
            Survivors of the Aurora Star described a night of panic on Monday after the ferry hit a reef near \
            Korvala. "The lights went out and the ship leaned over," said Ana Petrel, a teacher travelling with \
            her two sons. Forty people were injured, six of them seriously, and were treated in Mesk. Northline, \
            which runs the service, faces questions about the engine failure that left the ship drifting in a \
            storm. The ministry grounded two sister ships. An inquiry led by the maritime authority will report \
            within three months, officials said, while insurers sent assessors to the island to look at the hull \
            and the cargo deck. Local fishermen who joined the rescue said they had warned for years that the \
            route ran too close to the reef in bad weather.""";

    @Test
    void aSyndicatedCopyWithChromeAndANewHeadlineIsADuplicate() {
        DuplicateDetector detector = DuplicateDetector.standard();
        detector.check("wire", WIRE);

        Optional<DuplicateMatch> match = detector.check("copy", SYNDICATED);

        assertThat(match).isPresent();
        assertThat(match.get().articleId()).isEqualTo("wire");
        assertThat(match.get().exact()).isFalse();
    }

    @Test
    void anotherReportOfTheSameHappeningIsNotADuplicate() {
        DuplicateDetector detector = DuplicateDetector.standard();
        detector.check("wire", WIRE);

        assertThat(detector.check("other", OTHER_REPORT)).isEmpty();
    }

    @Test
    void aCopyDifferingOnlyInCaseAndSpacingIsAnExactDuplicate() {
        DuplicateDetector detector = DuplicateDetector.standard();
        detector.check("wire", WIRE);

        Optional<DuplicateMatch> match = detector.check("shouted", "  " + WIRE.toUpperCase().replace(" ", "   "));

        assertThat(match).map(DuplicateMatch::exact).contains(true);
        assertThat(ContentHash.of(WIRE)).isEqualTo(ContentHash.of(WIRE.toUpperCase()));
    }

    @Test
    void aCopyOfACopyLinksToTheEarliestArticle() {
        DuplicateDetector detector = DuplicateDetector.standard();
        detector.check("wire", WIRE);
        detector.check("copy", SYNDICATED);

        Optional<DuplicateMatch> match = detector.check("copy-of-copy", SYNDICATED + "\nRelated coverage");

        assertThat(match).map(DuplicateMatch::articleId).contains("wire");
    }

    @Test
    void aShortenedCopyIsFoundByContainment() {
        DuplicateDetector detector = DuplicateDetector.standard();
        detector.check("wire", WIRE);
        String firstHalf = WIRE.substring(0, WIRE.indexOf("The ferry operator"));

        assertThat(detector.check("short", firstHalf)).map(DuplicateMatch::articleId).contains("wire");
    }

    @Test
    void shortTextsOnlyMatchExactly() {
        DuplicateDetector detector = DuplicateDetector.standard();
        detector.check("a", "Ferry hits reef off Korvala, forty hurt");

        assertThat(detector.check("b", "Ferry hits reef off Korvala, forty injured")).isEmpty();
    }

    @Test
    void signaturesAndBandKeysAreStableAndSurviveStorage() {
        MinHash minHash = MinHash.standard();
        Signature signature = minHash.signature(WIRE);

        assertThat(Signature.fromBytes(signature.toBytes())).isEqualTo(signature);
        assertThat(minHash.bandKeys(minHash.signature(WIRE))).isEqualTo(minHash.bandKeys(signature)).hasSize(42);
        assertThat(minHash.similarity(signature, minHash.signature(SYNDICATED))).isGreaterThan(0.5);
        assertThat(minHash.similarity(signature, minHash.signature(OTHER_REPORT))).isLessThan(0.1);
    }
}
