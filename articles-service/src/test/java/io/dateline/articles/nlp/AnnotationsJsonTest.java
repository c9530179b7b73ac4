package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The annotations serialise to the field names of docs/feed.md. */
class AnnotationsJsonTest {

    @Test
    void fieldNamesMatchTheFeedContract() {
        String text = "Denmark will send four F-16 jets, NATO Secretary General Jens Stoltenberg said. "
                + "\"We welcome this decision,\" Stoltenberg said.";
        JsonNode json = new ObjectMapper().valueToTree(Pipeline.standard().annotate(text, LocalDate.of(2022, 1, 24)));
        assertThat(names(json)).containsExactly("sentences", "entities", "times", "quotes", "quantities");
        assertThat(names(json.get("sentences").get(0))).containsExactly("start", "end", "tokens");
        assertThat(names(json.get("sentences").get(0).get("tokens").get(0))).containsExactly("start", "end", "text", "pos", "lemma");
        assertThat(names(json.get("entities").get(0))).containsExactly("id", "name", "type", "aliases", "country", "role",
                "affiliation", "mentions");
        assertThat(names(json.get("entities").get(0).get("mentions").get(0))).containsExactly("start", "end", "text");
        assertThat(names(json.get("quotes").get(0))).containsExactly("speaker", "text", "start", "end", "sentenceIndex", "indirect");
        assertThat(names(json.get("quotes").get(0).get("speaker"))).containsExactly("id", "name");
        assertThat(names(json.get("quantities").get(0))).containsExactly("value", "unit", "text", "start", "end");
        assertThat(json.get("entities").get(0).get("type").asText()).isEqualTo("COUNTRY");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
