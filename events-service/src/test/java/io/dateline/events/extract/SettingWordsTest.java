package io.dateline.events.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SettingWordsTest {

    private static final Pattern PLACE = Pattern.compile(
            "\\b(in|at|near|outside|inside)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'-]+(?: +\\p{Lu}[\\p{L}'-]+)*)");

    private static final List<String> TEXTS = List.of(
            "in Oslo the ferry waited; at Harbour Hall near the Old Mill, outside Kettleby.",
            "Berlin in Winter, admin at Noon, _in Rome, 9in Paris, rain in\tLima and inside  the Dome.",
            "Nothing here at all, only lower case words in town.",
            "",
            "at",
            "São Paulo in São Paulo; émigrés in Île-de-France; in O'Brien Park");

    @Test
    void findsWhatMatcherFindFinds() {
        for (String text : TEXTS) {
            assertThat(settingWords(text)).as(text).isEqualTo(plainFind(text));
        }
    }

    @Test
    void findsOverlappingStartsFromAnyIndex() {
        String text = "near in in Oslo at at Rome";
        Matcher m = SettingWords.matcher(Pattern.compile("\\b(in|at|near)\\s+"), text);
        List<Integer> starts = new ArrayList<>();
        for (int from = 0; SettingWords.find(m, text, from); from = m.start() + 1) {
            starts.add(m.start());
        }
        assertThat(starts).containsExactly(0, 5, 8, 16, 19);
    }

    private static List<String> settingWords(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = SettingWords.matcher(PLACE, text);
        for (int from = 0; SettingWords.find(m, text, from); from = m.end()) {
            found.add(m.start() + "-" + m.end() + ":" + m.group(2));
        }
        return found;
    }

    private static List<String> plainFind(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + ":" + m.group(2));
        }
        return found;
    }
}
