package io.dateline.events.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.dateline.events.feed.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenJsonTest {

    private static final String TOKENS = """
            [{"start": 0, "end": 6, "text": "Harbor", "pos": "NNP", "lemma": "Harbor"},
             {"lemma": "close", "pos": "VBD", "text": "closed", "end": 13, "start": 7},
             {"start": 14, "end": 15, "text": ".", "pos": ".", "lemma": null, "extra": {"nested": [1, 2]}},
             {"start": null, "text": "x"},
             {"start": "16", "end": 17.0, "text": 5, "pos": true}]""";

    private final ObjectMapper plain = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ObjectMapper fast = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    TokenJsonTest() {
        new TokenJson().customize(fast);
    }

    @Test
    void readsTokensAsTheRecordReaderDoes() throws Exception {
        List<Token> expected = plain.readValue(TOKENS, new TypeReference<>() { });
        List<Token> read = fast.readValue(TOKENS, new TypeReference<>() { });
        assertThat(read).isEqualTo(expected);
        assertThat(read.get(1)).isEqualTo(new Token(7, 13, "closed", "VBD", "close"));
        assertThat(read.get(3)).isEqualTo(new Token(0, 0, "x", null, null));
    }

    @Test
    void unknownFieldsFailWhenTheMapperSaysSo() {
        ObjectMapper strict = new ObjectMapper();
        new TokenJson().customize(strict);
        assertThatThrownBy(() -> strict.readValue("{\"start\": 1, \"shape\": \"Xx\"}", Token.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }
}
