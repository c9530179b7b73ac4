package io.dateline.articles.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PageTextTest {

    private static final String P1 = "The harbour council of Eastport voted on Tuesday to close the old ferry pier, "
            + "ending a service that had run for more than sixty years.";
    private static final String P2 = "Council members said the pier's timbers had rotted beyond repair, and that a "
            + "new crossing would be built further north by the end of next year.";
    private static final String P3 = "Ferry passengers, many of whom commute daily, will be offered free bus tickets "
            + "until the new crossing opens, the council said.";

    private static String page(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void menusAndBreadcrumbsGoWhileEveryParagraphStays() {
        CleanedPage page = PageText.clean(page("• Live", "    • Audio Only", "  • google plus", "  • facebook",
                "News > Local", "", "Eastport Closes Its Old Ferry Pier", "", P1, "", P2, "", P3));

        assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(page.title()).isEqualTo("Eastport Closes Its Old Ferry Pier");
        assertThat(page.isEmpty()).isFalse();
        assertThat(page.emptyReason()).isNull();
    }

    @Test
    void aCommentFormEndsTheStory() {
        CleanedPage page = PageText.clean(page("Ferry pier closes", "", P1, "", P2, "", "Leave a Reply", "",
                "Your email address will not be published. Required fields are marked *", "",
                "A reader wrote that the ferry was the best part of her week and she will miss it a lot."));

        assertThat(page.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void aNoCommentsLineEndsTheStoryToo() {
        CleanedPage page = PageText.clean(page("Ferry pier closes", P1, P2, "Post with no comments."));

        assertThat(page.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void commentCountsAndSignaturesOpenTheComments() {
        CleanedPage counted = PageText.clean(page("Ferry pier closes", P1, P2, "12 responses to “Ferry pier closes”",
                "I took that ferry every morning for twenty years and I will miss the crew very much."));
        CleanedPage signed = PageText.clean(page("Ferry pier closes", P1, P2,
                "Sam Poe on March 4, 2023 at 9:12 am said:",
                "I took that ferry every morning for twenty years and I will miss the crew very much."));
        CleanedPage quoted = PageText.clean(page("Ferry pier closes", P1, "The mayor said:", P2));

        assertThat(counted.paragraphs()).containsExactly(P1, P2);
        assertThat(signed.paragraphs()).containsExactly(P1, P2);
        assertThat(quoted.paragraphs()).contains(P1, P2);
    }

    @Test
    void mostReadListsGoInAnyLanguage() {
        CleanedPage french = PageText.clean(page("Ferry pier closes", P1, P2, "", "Articles les plus consultés",
                "Un festival de musique annulé à cause de la pluie", "La mairie ouvre une nouvelle piscine"));
        CleanedPage english = PageText.clean(page("Ferry pier closes", P1, P2, "Latest Posts",
                "Storm Warning Issued For The Coast", "Local School Wins Robotics Prize"));

        assertThat(french.paragraphs()).containsExactly(P1, P2);
        assertThat(english.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void adLinesAndInsertedLinksGoButSubheadingsStay() {
        CleanedPage page = PageText.clean(page("Ferry pier closes", P1, "Advertisement",
                "Council Approves New Budget For Harbour Repairs", P2, "A long goodbye", P3));

        assertThat(page.paragraphs()).containsExactly(P1, P2, "A long goodbye", P3);
    }

    @Test
    void photoCaptionsAndCreditsGo() {
        CleanedPage page = PageText.clean(page("Ferry pier closes",
                "  • The old ferry pier at dawn. Mar. 3, 2023.",
                "    The old ferry pier at dawn. Mar. 3, 2023. | Photo: Twitter/@harbourwatch",
                P1, "Passengers board the last ferry. (AP Photo/Jane Roe)", P2, "Source: EP", ""));

        assertThat(page.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void aTitleRepeatedAtTheTopIsTakenOnce() {
        CleanedPage page = PageText.clean(page("Eastport to close its old ferry pier", "",
                "Eastport to close its old ferry pier", "", P1, P2));

        assertThat(page.title()).isEqualTo("Eastport to close its old ferry pier");
        assertThat(page.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void aGivenTitleIsKeptAndRemovedFromTheText() {
        CleanedPage page = PageText.clean(page("Pier closes", P1, P2), "Pier closes", "https://www.eastport-news.example/pier");

        assertThat(page.title()).isEqualTo("Pier closes");
        assertThat(page.paragraphs()).containsExactly(P1, P2);
        assertThat(page.source()).isEqualTo("eastport-news.example");
    }

    @Test
    void thePublishedLineGivesTheDateNotTheDatesInTheStory() {
        CleanedPage page = PageText.clean(page("Ferry pier closes", "Published 3 March 2023",
                "On February 12, 2023, the council first discussed the pier, and it voted again on Tuesday.", P2));

        assertThat(page.publishedAt().toLocalDate()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(page.text()).doesNotContain("Published");
    }

    @Test
    void thePublicationDateWinsOverAnUpdate() {
        CleanedPage page = PageText.clean(page("Ferry pier closes", "Updated: March 5, 2023 11:02 AM",
                "Published: March 3, 2023 8:00 AM", P1, P2));

        assertThat(page.publishedAt().toLocalDate()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(page.publishedAt().getHour()).isEqualTo(8);
    }

    @Test
    void withoutAPublishedLineTheStoryDatesAreNotTakenForIt() {
        CleanedPage page = PageText.clean(page("Ferry pier closes",
                "On February 12, 2023, the council first discussed the pier, and it voted again on Tuesday.", P2));

        assertThat(page.publishedAt()).isNull();
    }

    @Test
    void bylineAndDatelineAreRead() {
        CleanedPage page = PageText.clean(page("Ferry pier closes", "By Jane Doe and John Roe",
                "EASTPORT (Reuters) - " + P1, P2));

        assertThat(page.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(page.datelinePlace()).isEqualTo("Eastport");
        assertThat(page.datelineAgency()).isEqualTo("Reuters");
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.paragraphs().get(0)).startsWith("EASTPORT (Reuters) - ");
    }

    @Test
    void aLoneTitleCaseLineIsALinkButASeriesIsThePagesSubheadings() {
        CleanedPage lone = PageText.clean(page("Ferry pier closes", P1, "Harbour Towns Vote On New Ferry Fares Today", P2, P3));
        CleanedPage series = PageText.clean(page("Ferry pier closes", P1, "The Pier Was Older Than The Town Hall", P2,
                "Buses Will Run Until The Bridge Opens", P3));

        assertThat(lone.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(series.paragraphs()).hasSize(5);
    }

    @Test
    void tablesAndListsAtTheEndOfTheStoryStay() {
        CleanedPage page = PageText.clean(page("Ferry timetable changes", P1, P2, "Ferry times from Monday:",
                "07:15 Eastport – Northside", "08:40 Eastport – Northside", "Share"));

        assertThat(page.paragraphs()).containsExactly(P1, P2, "Ferry times from Monday:",
                "07:15 Eastport – Northside", "08:40 Eastport – Northside");
    }

    @Test
    void agencyPhotoCaptionsGo() {
        CleanedPage page = PageText.clean(page("Ferry pier closes", P1,
                "FILE - In this March 3, 2021 file photo, passengers queue for the ferry at the old pier in Eastport, "
                + "a town on the northern coast, during the morning rush hour.", P2));

        assertThat(page.paragraphs()).containsExactly(P1, P2);
        assertThat(page.datelinePlace()).isNull();
    }

    @Test
    void signedBylineWithoutBy() {
        CleanedPage page = PageText.clean(page("Jane Doe, Eastport-News.example", P1, P2));

        assertThat(page.authors()).containsExactly("Jane Doe");
        assertThat(page.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void unspacedScriptsCountAsProse() {
        String japanese = "港の古い桟橋は火曜日に閉鎖されることが市議会で決まりました。";
        CleanedPage page = PageText.clean(page("桟橋が閉鎖へ", japanese, P1));

        assertThat(page.paragraphs()).containsExactly(japanese, P1);
    }

    @Test
    void aOneSentenceBriefIsKept() {
        CleanedPage page = PageText.clean(page("Pier closed", "The pier closed today.", "Share"));

        assertThat(page.paragraphs()).containsExactly("The pier closed today.");
    }

    @Test
    void anEmptyResultSaysWhy() {
        CleanedPage blank = PageText.clean("  \n \n");
        CleanedPage chromeOnly = PageText.clean(page("• Live", "• facebook", "Leave a Reply"));

        assertThat(blank.isEmpty()).isTrue();
        assertThat(blank.emptyReason()).isNotBlank();
        assertThat(chromeOnly.isEmpty()).isTrue();
        assertThat(chromeOnly.emptyReason()).isNotBlank();
    }
}
