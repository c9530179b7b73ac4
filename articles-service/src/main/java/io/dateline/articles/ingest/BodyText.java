package io.dateline.articles.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns request bytes into text, refusing what cannot be an article: invalid UTF-8, NUL bytes
 * (PostgreSQL text cannot hold them) and binary content. Stray control characters in otherwise
 * good text are common in scraped pages and are removed rather than refused.
 */
public final class BodyText {

    /** Above this share of control characters a body is binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private BodyText() {
    }

    public static String decode(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        try {
            CharBuffer chars = decoder.decode(in);
            String text = chars.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new InvalidSubmission(400, "The body is not valid UTF-8 (bad byte sequence at byte " + in.position() + ").");
        } catch (CharacterCodingException e) {
            throw new InvalidSubmission(400, "The body is not valid UTF-8.");
        }
    }

    /** Refuses NUL and binary content, and drops isolated control characters other than tab and line breaks. */
    public static String sanitize(String text, String field) {
        if (text == null) {
            return null;
        }
        int control = 0;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InvalidSubmission(400, "The " + field + " contains NUL characters; text cannot hold them.",
                        java.util.List.of(new InvalidSubmission.FieldError(field, "contains NUL characters")));
            }
            boolean isControl = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c < 0xa0) || c == '\uFFFD';
            if (isControl) {
                control++;
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        if (control > 8 && control > text.length() * MAX_CONTROL_SHARE) {
            throw new InvalidSubmission(400, "The " + field + " looks like binary content, not text ("
                    + control + " control characters).", java.util.List.of(new InvalidSubmission.FieldError(field, "is binary content")));
        }
        return out == null ? text : out.toString();
    }
}
