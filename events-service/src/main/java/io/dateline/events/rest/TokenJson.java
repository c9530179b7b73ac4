package io.dateline.events.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.dateline.events.feed.Token;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads feed tokens field by field. A page of real articles holds hundreds of thousands of tokens, and the
 * generic reading of a record (buffering each property for the constructor) was a large part of the page's CPU.
 */
@Singleton
public class TokenJson implements ObjectMapperCustomizer {

    @Override
    public void customize(com.fasterxml.jackson.databind.ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("feed-tokens").addDeserializer(Token.class, new Reader()));
    }

    /** Same result as the record's own reading: absent or null numbers are 0, unknown fields are skipped. */
    static final class Reader extends StdDeserializer<Token> {

        Reader() {
            super(Token.class);
        }

        @Override
        public Token deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (Token) ctxt.handleUnexpectedToken(Token.class, p);
            }
            int start = 0;
            int end = 0;
            String text = null;
            String pos = null;
            String lemma = null;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken value = p.nextToken();
                switch (field) {
                    case "start" -> start = number(p, ctxt, value);
                    case "end" -> end = number(p, ctxt, value);
                    case "text" -> text = string(p, ctxt, value);
                    case "pos" -> pos = string(p, ctxt, value);
                    case "lemma" -> lemma = string(p, ctxt, value);
                    default -> ctxt.handleUnknownProperty(p, this, Token.class, field);
                }
            }
            return new Token(start, end, text, pos, lemma);
        }

        private static int number(JsonParser p, DeserializationContext ctxt, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NUMBER_INT) {
                return p.getIntValue();
            }
            Integer read = value == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Integer.class);
            return read == null ? 0 : read;
        }

        private static String string(JsonParser p, DeserializationContext ctxt, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            return value == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, String.class);
        }
    }
}
