package io.dateline.articles.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class GatedPatternTest {

    private static final String TEXT = "On 3 May 2021, two days ago,the talks (begun 12.05.2020) resumed; X2021-05-03 is no date,"
            + " but 2021-05-03 is. Ago? Mayday! 1999-2001 and between 1990 and 1995 — TWO WEEKS AGO. a3 May";

    private static List<String> findAll(GatedPattern gated, String text) {
        List<String> found = new ArrayList<>();
        if (!gated.possibleIn(text.toLowerCase(Locale.ROOT))) {
            return found;
        }
        Matcher m = gated.matcher(text);
        for (int from = 0; gated.find(m, text, from); from = GatedPattern.after(m)) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    private static List<String> findAllPlain(GatedPattern gated, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = gated.pattern().matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    @Test
    void findsWhatMatcherFindFinds() {
        List<GatedPattern> patterns = List.of(
                new GatedPattern("\\d", false, "(?<![\\d.])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"),
                new GatedPattern("[\\dM]", true, "\\b(?:\\d{1,2}\\s+)?May\\b"),
                new GatedPattern("[12bB]", true, "(?:\\b(?i:between)\\s+)?\\b(\\d{4})\\s*(?:-|and)\\s*(\\d{4})\\b"),
                new GatedPattern("[\\dtT]", true, "\\b(?i:(two|\\d+))\\s+(?i:(days|weeks))\\s+(?i:ago)\\b", List.of("ago")),
                new GatedPattern("[a-z]", false, "(?<=\\d)[a-z]*"),
                new GatedPattern("[\\dtT]", true, "\\b(?i:(two|\\d{1,2}))\\s+(?i:(days|weeks))\\s+(?i:ago)\\b", List.of(), "dDwW"),
                new GatedPattern("[12bB]", true, "(?:\\b(?i:between)\\s+)?\\b(\\d{4})\\s*(?:-|and)\\s*(\\d{4})\\b")
                        .opensWith(List.of("between", "1", "2")),
                new GatedPattern("[\\dM]", true, "\\b(?:\\d{1,2}\\s+)?May\\b").opensWith(List.of("May", "0", "1", "2", "3")));
        for (GatedPattern p : patterns) {
            assertThat(findAll(p, TEXT)).as(p.pattern().pattern()).isEqualTo(findAllPlain(p, TEXT));
        }
        assertThat(findAll(patterns.get(3), TEXT)).containsExactly("15:two days ago", "160:TWO WEEKS AGO");
        assertThat(findAll(patterns.get(5), TEXT)).containsExactly("15:two days ago", "160:TWO WEEKS AGO");
    }

    @Test
    void aSecondWordGateSkipsWordsNotFollowedByAFittingWord() {
        GatedPattern ago = new GatedPattern("[\\dtT]", true, "\\b(?i:(two|\\d{1,2}))\\s+days\\b", List.of(), "dD");
        String text = "two men, two\tdays, 3 weeks, 12 Days";
        assertThat(ago.mayStartAt(text, 0)).isFalse();
        assertThat(ago.mayStartAt(text, 9)).isTrue();
        assertThat(ago.mayStartAt(text, 19)).isFalse();
        assertThat(findAll(ago, text)).containsExactly("9:two\tdays");
    }

    @Test
    void openersSkipWordsThatBeginNoMatch() {
        GatedPattern range = new GatedPattern("[12bB]", true, "(?:\\b(?i:between)\\s+)?\\b(\\d{4})\\s*-\\s*(\\d{4})\\b")
                .opensWith(List.of("between", "1", "2"));
        String text = "Both sides, BETWEEN 1990 - 1995, but 2001-2003 too; Be 12";
        assertThat(range.mayStartAt(text, 0)).isFalse();
        assertThat(range.mayStartAt(text, 12)).isTrue();
        assertThat(range.mayStartAt(text, 33)).isFalse();
        assertThat(range.mayStartAt(text, 54)).isFalse();
        assertThat(range.mayOpenWith(1, 4)).isTrue();
        assertThat(range.mayOpenWith(1, 14)).isFalse();
        assertThat(findAll(range, text)).containsExactly("12:BETWEEN 1990 - 1995", "37:2001-2003");
        TextScan scan = new TextScan(text, new TextScan.Gates(List.of(range)));
        assertThat(scan.startsOf(range)).containsExactly(12, 20, 27, 37, 42, 55);
    }

    @Test
    void aTextWithoutAnyCueIsNotSearched() {
        GatedPattern ago = new GatedPattern("[\\d]", true, "\\b\\d+\\s+days\\s+(?i:ago)\\b", List.of("ago"));
        assertThat(ago.possibleIn("3 days later")).isFalse();
        assertThat(ago.possibleIn("3 days ago")).isTrue();
        assertThat(findAll(ago, "It happened 3 days AGO.")).containsExactly("12:3 days AGO");
    }

    @Test
    void oneScanGivesEachPatternThePositionsWhereItMayStart() {
        GatedPattern day = new GatedPattern("\\d", true, "\\b\\d{1,2}\\b");
        GatedPattern months = new GatedPattern("[JM]", true, "\\b(?:Jan|May)\\b");
        GatedPattern ago = new GatedPattern("[\\dt]", true, "\\b(?:\\d+|two)\\s+days\\s+(?i:ago)\\b", List.of("ago"));
        TextScan.Gates gates = new TextScan.Gates(List.of(day, months, ago));
        TextScan scan = new TextScan(TEXT, gates);
        for (GatedPattern p : List.of(day, months)) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < TEXT.length(); i++) {
                if (p.mayStartAt(TEXT, i)) {
                    expected.add(i);
                }
            }
            assertThat(scan.startsOf(p)).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
        assertThat(scan.startsOf(ago)).isNotEmpty();
        assertThat(new TextScan("Two days later, in May.", gates).startsOf(ago)).isEmpty();
    }
}
