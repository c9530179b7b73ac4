package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {

    private final Pipeline pipeline = Pipeline.standard();

    private List<Quote> quotes(String text) {
        return pipeline.annotate(text, null).quotes();
    }

    private static String speakerOf(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst().orElseThrow().speaker().id();
    }

    @Test
    void directQuotesInEveryStyleWithANamedSpeaker() {
        String intro = "Defence Minister Karin Holm visited the base. ";
        for (String[] marks : List.of(new String[] {"“", "”"}, new String[] {"\"", "\""}, new String[] {"«", "»"},
                new String[] {"‘", "’"})) {
            String text = intro + marks[0] + "Our pilots are ready for any mission," + marks[1] + " Holm said.";
            List<Quote> q = quotes(text);
            assertThat(q).hasSize(1);
            assertThat(q.get(0).text()).isEqualTo("Our pilots are ready for any mission");
            assertThat(q.get(0).speaker().id()).isEqualTo("person:karin-holm");
            assertThat(q.get(0).indirect()).isFalse();
            assertThat(text.substring(q.get(0).start(), q.get(0).end())).isEqualTo(q.get(0).text());
        }
    }

    @Test
    void speakerBeforeTheQuoteAndAMissingClosingMark() {
        String text = "Admiral Piet de Graaf spoke to the crew.\nDe Graaf said: “We stay in the Baltic Sea as long as needed\n"
                + "The ships left.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("We stay in the Baltic Sea as long as needed");
        assertThat(q.get(0).speaker().id()).isEqualTo("person:piet-de-graaf");
    }

    @Test
    void speakerByRole() {
        String text = "President Lena Marsh met Foreign Minister Omar Saleh. "
                + "\"We will review the request next week,\" the foreign minister told reporters.";
        assertThat(speakerOf(quotes(text), "review the request")).isEqualTo("person:omar-saleh");
    }

    @Test
    void aPronounTakesTheLastPersonNamed() {
        String text = "Chancellor Ulrike Brandl spoke after the vote. \"The coalition will hold until the election,\" she said.";
        assertThat(speakerOf(quotes(text), "coalition will hold")).isEqualTo("person:ulrike-brandl");
    }

    @Test
    void anUnattributedQuoteContinuesThePreviousSpeaker() {
        String text = "“We will not leave,” said Mayor Jonas Falk. “Never.”";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker().id()).isEqualTo("person:jonas-falk");
        assertThat(q.get(1).sentenceIndex()).isEqualTo(1);
    }

    @Test
    void shortScareQuotesAreNotQuotes() {
        assertThat(quotes("The army called it a \"special operation\" in its statement.")).isEmpty();
    }

    @Test
    void indirectSpeech() {
        String text = "Prime Minister Eva Lund met the press. Lund said that the government would raise the defence budget. "
                + "The Kremlin said on Monday the exercises were routine. "
                + "According to NATO, the drills involved several thousand troops. "
                + "The talks will resume in spring, Lund told reporters.";
        List<Quote> q = quotes(text);
        assertThat(q).allMatch(Quote::indirect);
        assertThat(q).extracting(Quote::text).containsExactly(
                "the government would raise the defence budget",
                "the exercises were routine",
                "the drills involved several thousand troops",
                "The talks will resume in spring");
        assertThat(q).extracting(x -> x.speaker().id()).containsExactly(
                "person:eva-lund", "country:RUS", "nato", "person:eva-lund");
    }

    @Test
    void invertedAttributionAfterTheClause() {
        String text = "The port was never at risk, says Rosa Ibarra, an economist at a local bank.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("The port was never at risk");
        assertThat(q.get(0).speaker().id()).isEqualTo("person:rosa-ibarra");
        assertThat(q.get(0).indirect()).isTrue();
    }

    @Test
    void aPlaceIsNeverTheSpeakerAndAVerbWithAPrepositionReportsNothing() {
        assertThat(quotes("Officials in Madrid said nothing. Chile responded to the pressure at once.")).isEmpty();
    }
}
