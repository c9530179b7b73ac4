package io.dateline.events.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryIndexTest {

    private static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");

    private static final ArticleForClustering FERRY_1 = new ArticleForClustering("a1",
            "Ferry runs aground off Korvala island, 40 passengers hurt",
            "A passenger ferry carrying 212 people ran aground on a reef off Korvala island early on Monday, "
                    + "injuring 40 passengers. The coast guard said the ferry Aurora Star had lost engine power in "
                    + "heavy seas before striking the reef. Rescue boats took the injured to the harbour town of Mesk.",
            T0, "example-wire.test");
    private static final ArticleForClustering FERRY_2 = new ArticleForClustering("a2",
            "Aurora Star ferry hits reef near Korvala; coast guard blames engine failure",
            "The coast guard of Korvala said the Aurora Star, a ferry with 212 people on board, hit a reef after "
                    + "its engine failed in heavy seas. Forty passengers were injured and taken to hospital in Mesk. "
                    + "Divers will inspect the hull of the ferry on Tuesday.",
            T0.plus(5, ChronoUnit.HOURS), "another-paper.test");
    private static final ArticleForClustering TRANSFER = new ArticleForClustering("b1",
            "Dynamo Vell sign striker Oskar Lind for record fee",
            "Football club Dynamo Vell have signed the striker Oskar Lind from Rapid Tarn for a club record fee. "
                    + "Lind, 24, scored 31 goals last season and agreed a five-year contract with the champions.",
            T0.plus(6, ChronoUnit.HOURS), "sports-desk.test");

    @Test
    void twoReportsOfOneHappeningShareAStoryAndAnUnrelatedReportOpensAnother() {
        StoryIndex index = new StoryIndex();
        StoryAssignment first = index.assign(FERRY_1);
        StoryAssignment second = index.assign(FERRY_2);
        StoryAssignment other = index.assign(TRANSFER);

        assertThat(first.isNew()).isTrue();
        assertThat(second.isNew()).isFalse();
        assertThat(second.storyId()).isEqualTo(first.storyId());
        assertThat(other.isNew()).isTrue();
        assertThat(other.storyId()).isNotEqualTo(first.storyId());
        assertThat(index.story(first.storyId()).size()).isEqualTo(2);
    }

    @Test
    void replayingTheSameArticlesInTheSameOrderGivesTheSameStories() {
        List<ArticleForClustering> articles = List.of(FERRY_1, TRANSFER, FERRY_2);
        List<StoryAssignment> once = articles.stream().map(new StoryIndex()::assign).toList();
        List<StoryAssignment> again = articles.stream().map(new StoryIndex()::assign).toList();

        assertThat(again).isEqualTo(once);
        assertThat(once.get(0).storyId()).isEqualTo(StoryIndex.storyId("a1"));
    }

    @Test
    void anIndexRestoredFromItsStoriesAndFrequenciesContinuesAsTheOriginalWould() {
        StoryIndex original = new StoryIndex();
        original.assign(FERRY_1);
        original.assign(TRANSFER);
        DocumentFrequencies copied = new DocumentFrequencies(original.frequencies().documents(),
                original.frequencies().counts());
        List<Story> stored = original.stories().stream().map(s -> Story.restore(s.id(), s.members(),
                s.centroidSums(), s.size(), original.settings())).toList();
        StoryIndex restored = StoryIndex.restore(original.settings(), copied, stored);

        assertThat(restored.assign(FERRY_2)).isEqualTo(original.assign(FERRY_2));
    }

    @Test
    void aWithdrawnArticleLeavesItsStory() {
        StoryIndex index = new StoryIndex();
        StoryAssignment first = index.assign(FERRY_1);
        index.assign(FERRY_2);

        assertThat(index.withdraw(first.storyId(), "a2")).isTrue();
        assertThat(index.story(first.storyId()).size()).isEqualTo(1);
        assertThat(index.story(first.storyId()).title()).isEqualTo(FERRY_1.title());
        assertThat(index.withdraw(first.storyId(), "a1")).isTrue();
        assertThat(index.story(first.storyId())).isNull();
    }

    @Test
    void theSameKindOfTextYearsLaterIsANewStory() {
        StoryIndex index = new StoryIndex();
        StoryAssignment first = index.assign(FERRY_1);
        ArticleForClustering muchLater = new ArticleForClustering("a9", FERRY_2.title(), FERRY_2.text(),
                T0.plus(3 * 365, ChronoUnit.DAYS), "another-paper.test");

        assertThat(index.assign(muchLater).storyId()).isNotEqualTo(first.storyId());
    }

    @Test
    void theStoryTitleIsTheTitleOfOneOfItsArticles() {
        StoryIndex index = new StoryIndex();
        index.assign(FERRY_1);
        StoryAssignment second = index.assign(FERRY_2);

        assertThat(second.title()).isIn(FERRY_1.title(), FERRY_2.title());
    }

    @Test
    void sharedEntityIdsPullReportsTogether() {
        ArticleTerms terms = new ArticleTerms(2, 1, 1);
        ArticleForClustering annotated = new ArticleForClustering("c1", "Talks resume", "Delegations met again.",
                T0, "x.test", List.of(new ArticleForClustering.EntityRef("country:DNK", "COUNTRY", 3)));

        assertThat(terms.counts(annotated)).containsEntry("E:country:DNK", 3.0);
    }

    @Test
    void capitalisedRunsBecomePhrasesAndFunctionWordsAreDropped() {
        assertThat(new ArticleTerms(2, 1, 1).counts(FERRY_1)).containsKey("P:aurora star")
                .doesNotContainKey("the").doesNotContainKey("said");
    }
}
