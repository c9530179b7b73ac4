package io.dateline.articles.nlp.time;

import static io.dateline.articles.nlp.time.TimeExpression.Granularity.DAY;
import static io.dateline.articles.nlp.time.TimeExpression.Granularity.MONTH;
import static io.dateline.articles.nlp.time.TimeExpression.Granularity.WEEK;
import static io.dateline.articles.nlp.time.TimeExpression.Granularity.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimeExpressionFinderTest {

    /** A Wednesday. */
    private static final LocalDate WED_26_JAN_2022 = LocalDate.of(2022, 1, 26);
    private static final TimeExpressionFinder FINDER = new TimeExpressionFinder();

    private static List<TimeExpression> find(String text) {
        return find(text, WED_26_JAN_2022);
    }

    private static List<TimeExpression> find(String text, LocalDate published) {
        List<TimeExpression> found = FINDER.find(text, published);
        found.forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
        return found;
    }

    private static String onlyValue(String text) {
        return onlyValue(text, WED_26_JAN_2022);
    }

    private static String onlyValue(String text, LocalDate published) {
        List<TimeExpression> found = find(text, published);
        assertThat(found).as("expressions in: " + text).hasSize(1);
        return found.get(0).value();
    }

    @Nested
    class AbsoluteDates {

        @Test
        void dayMonthYearWithOffsets() {
            String text = "The summit opened on 24 January 2022 in Geneva.";
            assertThat(find(text)).extracting(TimeExpression::start, TimeExpression::end, TimeExpression::text,
                    TimeExpression::value, TimeExpression::granularity)
                    .containsExactly(tuple(21, 36, "24 January 2022", "2022-01-24", DAY));
        }

        @Test
        void abbreviatedMonthWithPeriod() {
            assertThat(find("Talks resumed on Jan. 24, officials said.")).extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Jan. 24", "2022-01-24"));
        }

        @Test
        void ordinalAfterMonthAndMonthAfterOrdinal() {
            assertThat(onlyValue("The embassy reopened on January 24th after repairs.")).isEqualTo("2022-01-24");
            assertThat(onlyValue("The embassy reopened on the 24th of January.")).isEqualTo("2022-01-24");
        }

        @Test
        void isoAndDottedDates() {
            assertThat(onlyValue("Filed 2022-01-24 at the district court.")).isEqualTo("2022-01-24");
            assertThat(onlyValue("Stand: 24.01.2022, Berlin.")).isEqualTo("2022-01-24");
        }

        @Test
        void weekdayBeforeADateBelongsToIt() {
            assertThat(find("Posted Thu, May 12, 2016 by the desk.")).extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Thu, May 12, 2016", "2016-05-12"));
        }

        @Test
        void dayWithoutYearTakesTheYearOfTheTense() {
            assertThat(onlyValue("The ceasefire was signed on December 17.")).isEqualTo("2021-12-17");
            assertThat(onlyValue("The ceasefire will expire on December 17.")).isEqualTo("2022-12-17");
        }

        @Test
        void dayOfTheMonthAlone() {
            assertThat(onlyValue("The minister resigned on the 24th.")).isEqualTo("2022-01-24");
            assertThat(onlyValue("Voting will close on the 28th.")).isEqualTo("2022-01-28");
            assertThat(onlyValue("Voting closed on the 28th.", LocalDate.of(2022, 2, 3))).isEqualTo("2022-01-28");
        }

        @Test
        void monthWithYearAndYearAlone() {
            assertThat(find("The plant closed in March 2020 and reopened in 2021.")).extracting(TimeExpression::value,
                    TimeExpression::granularity).containsExactly(tuple("2020-03", MONTH), tuple("2021", YEAR));
        }

        @Test
        void yearRanges() {
            assertThat(find("Launches are planned for 2028-2030, after the 2025-26 season.")).extracting(TimeExpression::value)
                    .containsExactly("2028", "2030", "2025", "2026");
        }

        @Test
        void holidays() {
            assertThat(onlyValue("Shops were closed on Christmas Day.")).isEqualTo("2021-12-25");
            assertThat(onlyValue("Both campaigns will rally before Election Day.", LocalDate.of(2020, 10, 20)))
                    .isEqualTo("2020-11-03");
            assertThat(find("Veterans marched on Remembrance Sunday.", LocalDate.of(2021, 11, 20)))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Remembrance Sunday", "2021-11-14"));
        }
    }

    @Nested
    class Weekdays {

        @Test
        void pastClauseTakesTheMostRecentOne() {
            assertThat(onlyValue("The rebels attacked the town on Tuesday.")).isEqualTo("2022-01-25");
            assertThat(onlyValue("Police arrested him on Monday.")).isEqualTo("2022-01-24");
            assertThat(onlyValue("Officials said on Thursday that the border had closed.")).isEqualTo("2022-01-20");
        }

        @Test
        void futureClauseTakesTheNextOne() {
            assertThat(onlyValue("Parliament will vote on Tuesday.")).isEqualTo("2022-02-01");
            assertThat(onlyValue("The court is expected to rule on Monday.")).isEqualTo("2022-01-31");
            assertThat(onlyValue("The ministers are going to meet on Thursday.")).isEqualTo("2022-01-27");
        }

        @Test
        void theVerbBeforeTheWeekdayDecidesOverAReportingVerbAfterIt() {
            assertThat(onlyValue("The envoy will travel to Kyiv on Friday, his office said.")).isEqualTo("2022-01-28");
        }

        @Test
        void futureSeenFromThePastTakesTheNearestOne() {
            assertThat(onlyValue("Officials said the ship would dock on Tuesday.")).isEqualTo("2022-01-25");
            assertThat(onlyValue("Officials said the ship would dock on Friday.")).isEqualTo("2022-01-28");
        }

        @Test
        void thePublicationWeekdayIsThePublicationDay() {
            assertThat(onlyValue("Protesters gathered outside the ministry on Wednesday.")).isEqualTo("2022-01-26");
        }

        @Test
        void lastAndNextAreStrict() {
            assertThat(find("He left last Wednesday and returns next Wednesday.")).extracting(TimeExpression::text,
                    TimeExpression::value).containsExactly(tuple("last Wednesday", "2022-01-19"),
                    tuple("next Wednesday", "2022-02-02"));
        }

        @Test
        void partsOfTheDayAndPossessivesStayWithTheWeekday() {
            assertThat(find("After Tuesday's vote, fighting resumed late Monday night.")).extracting(TimeExpression::text,
                    TimeExpression::value).containsExactly(tuple("Tuesday's", "2022-01-25"), tuple("late Monday night", "2022-01-24"));
        }
    }

    @Nested
    class RelativeExpressions {

        @Test
        void daysAroundPublication() {
            assertThat(find("Today the mayor spoke; yesterday morning she met unions; tomorrow she flies to Rome."))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Today", "2022-01-26"), tuple("yesterday morning", "2022-01-25"),
                            tuple("tomorrow", "2022-01-27"));
        }

        @Test
        void theDayBeforeCountsFromTheLastNamedDay() {
            assertThat(find("The vote took place on 20 January. The day before, farmers blocked the roads."))
                    .extracting(TimeExpression::value).containsExactly("2022-01-20", "2022-01-19");
            assertThat(find("Crowds gathered the day before the election.")).isEmpty();
            assertThat(find("Crowds gathered two days before Easter.")).extracting(TimeExpression::text).containsExactly("Easter");
        }

        @Test
        void countedDaysLaterFollowTheLastNamedDay() {
            assertThat(find("The strike began on 3 January. Three days later, the ports closed; a week later they reopened."))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("3 January", "2022-01-03"), tuple("Three days later", "2022-01-06"),
                            tuple("a week later", "2022-01-13"));
        }

        @Test
        void periodsAroundPublication() {
            assertThat(onlyValue("Prices rose earlier this month.")).isEqualTo("2022-01");
            assertThat(onlyValue("The talks stalled last week.")).isEqualTo("2022-W03");
            assertThat(onlyValue("The report is due next month.")).isEqualTo("2022-02");
            assertThat(onlyValue("Two ships sank this week.")).isEqualTo("2022-W04");
            assertThat(onlyValue("Unemployment fell last year.")).isEqualTo("2021");
            assertThat(onlyValue("Tensions have grown in recent weeks.")).isEqualTo("2022-W04");
        }

        @Test
        void theWeekendFollowsTheTense() {
            assertThat(onlyValue("Fans gathered at the weekend.")).isEqualTo("2022-W03");
            assertThat(onlyValue("Fans will gather at the weekend.")).isEqualTo("2022-W04");
        }

        @Test
        void agoCountsBackFromPublication() {
            assertThat(find("The dam burst two days ago; a similar one failed three weeks ago and 10 years ago."))
                    .extracting(TimeExpression::value, TimeExpression::granularity)
                    .containsExactly(tuple("2022-01-24", DAY), tuple("2022-W01", WEEK), tuple("2012", YEAR));
        }
    }

    @Nested
    class RangesAndMonths {

        @Test
        void monthRangeWithOneYear() {
            assertThat(find("Exports slumped in January-February 2022.")).extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("January", "2022-01"), tuple("February 2022", "2022-02"));
        }

        @Test
        void dayRangeInOneMonth() {
            assertThat(find("Talks will be held between 10 and 12 March.")).extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("10", "2022-03-10"), tuple("12 March", "2022-03-12"));
        }

        @Test
        void monthAloneTakesTheNearestYearConsistentWithTense() {
            assertThat(onlyValue("Prices rose sharply in February.")).isEqualTo("2021-02");
            assertThat(onlyValue("The new law will take effect in February.")).isEqualTo("2022-02");
            assertThat(onlyValue("The army withdrew in December.")).isEqualTo("2021-12");
            assertThat(onlyValue("Elections will be held in November.")).isEqualTo("2022-11");
            assertThat(onlyValue("The station will open in January.", LocalDate.of(2022, 11, 15))).isEqualTo("2023-01");
        }

        @Test
        void monthWithoutTenseCueIsTheNearest() {
            assertThat(onlyValue("A summit in February.")).isEqualTo("2022-02");
        }
    }

    @Nested
    class FalsePositives {

        @Test
        void mayAsAModalVerb() {
            assertThat(find("Ministers may resign. May the best team win, and you may leave.")).isEmpty();
        }

        @Test
        void marchAsAVerb() {
            assertThat(find("Thousands march through the capital. Protesters March On Parliament.")).isEmpty();
        }

        @Test
        void janAsAFirstName() {
            assertThat(find("Jan Kowalski said on Monday that Jan would stay.")).extracting(TimeExpression::text)
                    .containsExactly("Monday");
        }

        @Test
        void quantitiesAreNotYears() {
            assertThat(find("The ministry sent 1,500 troops, then 1500 soldiers, to 2000 villages, from 1500 to 2000 tents.")).isEmpty();
        }

        @Test
        void numbersThatAreNotDays() {
            assertThat(find("He lives on the 24th floor and scored 12 points in the 5th inning.")).isEmpty();
            assertThat(find("The ferry left at 7.25am and docked at 14:40.")).isEmpty();
        }

        @Test
        void newspaperNamesAreNotWeekdays() {
            assertThat(find("The Sunday Times and the Mail on Sunday both ran the story.")).isEmpty();
        }
    }

    @Test
    void emptyTextHasNoExpressions() {
        assertThat(FINDER.find("", WED_26_JAN_2022)).isEmpty();
    }

    @Test
    void oneFinderServesManyThreads() {
        String text = "The rebels attacked on Tuesday and will withdraw in February.";
        List<TimeExpression> expected = FINDER.find(text, WED_26_JAN_2022);
        List<List<TimeExpression>> parallel = IntStream.range(0, 64).parallel()
                .mapToObj(i -> FINDER.find(text, WED_26_JAN_2022)).toList();
        assertThat(parallel).allSatisfy(found -> assertThat(found).isEqualTo(expected));
        assertThat(expected).extracting(TimeExpression::value).containsExactly("2022-01-25", "2022-02");
    }
}
