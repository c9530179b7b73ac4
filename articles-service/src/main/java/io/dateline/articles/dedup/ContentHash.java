package io.dateline.articles.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of a text's words, so copies that differ only in case, punctuation or spacing hash alike. */
public final class ContentHash {

    /** Looked up once: a fresh digest is a clone of it, cheaper than asking the security providers each time. */
    private static final MessageDigest SHA_256 = sha256();

    private ContentHash() {
    }

    public static String of(String text) {
        return ofWords(TextWords.of(text));
    }

    /** The hash of a text already split by {@link TextWords}. */
    static String ofWords(List<String> words) {
        byte[] digest = fresh().digest(String.join(" ", words).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
