package io.dateline.articles.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of a text's words, so copies that differ only in case, punctuation or spacing hash alike. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String text) {
        return ofWords(TextWords.of(text));
    }

    /** The hash of a text already split by {@link TextWords}. */
    static String ofWords(List<String> words) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(" ", words).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
