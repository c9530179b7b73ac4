package io.dateline.events.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IndexImageTest {

    private static final String[] PLACES = {"Korvala", "Mesk", "Tarn", "Vell", "Ostrava", "Lind", "Brem", "Kallio"};
    private static final String[] HAPPENINGS = {"ferry runs aground on a reef", "strike closes the harbour",
            "floods cut the railway", "council approves the budget", "fire destroys a warehouse",
            "minister resigns over contracts", "drought ruins the harvest", "court blocks the pipeline"};
    private static final String[] WORDS = ("engine passengers coast guard divers hospital union wages dockers "
            + "river bridge rain trains mayor vote schools firefighters smoke police farmers wheat prices judge "
            + "permit protest").split(" ");

    @Test
    void anIndexReadBackFromItsImageAssignsTheNextArticlesExactlyAsTheOriginal() {
        List<ArticleForClustering> articles = articles(900);
        StoryIndex original = new StoryIndex();
        articles.subList(0, 600).forEach(original::assign);
        original.withdraw(original.assign(articles.get(600)).storyId(), articles.get(600).id());

        StoryIndex restored = StoryIndex.read(original.write(), original.settings());

        for (ArticleForClustering next : articles.subList(601, 900)) {
            assertThat(restored.assign(next)).isEqualTo(original.assign(next));
        }
        assertThat(restored.stories()).extracting(Story::id, Story::title, Story::size, Story::firstSeen)
                .containsExactlyElementsOf(original.stories().stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.id(), s.title(), s.size(), s.firstSeen())).toList());
        assertThat(restored.frequencies().counts()).isEqualTo(original.frequencies().counts());
    }

    @Test
    void anImageWrittenWithOtherSettingsIsNotRead() {
        StoryIndex index = new StoryIndex();
        articles(20).forEach(index::assign);

        assertThat(StoryIndex.read(index.write(), StorySettings.standard().withThreshold(0.3))).isNull();
    }

    /** Reports of a few happenings in a few places, days apart, some stories going quiet for over a year. */
    private static List<ArticleForClustering> articles(int n) {
        Random random = new Random(7);
        Instant t = Instant.parse("2024-01-01T08:00:00Z");
        List<ArticleForClustering> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String place = PLACES[random.nextInt(PLACES.length)];
            String happening = HAPPENINGS[random.nextInt(HAPPENINGS.length)];
            StringBuilder text = new StringBuilder("In " + place + " the " + happening + ".");
            for (int k = 0; k < 12; k++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            t = t.plus(random.nextInt(i % 97 == 0 ? 400 : 3), ChronoUnit.DAYS).plus(random.nextInt(20), ChronoUnit.HOURS);
            out.add(new ArticleForClustering("art-" + i, place + ": " + happening, text + ".", t, "source" + (i % 5),
                    List.of(new ArticleForClustering.EntityRef("place:" + place.toLowerCase(), "LOCATION", 1))));
        }
        return out;
    }
}
