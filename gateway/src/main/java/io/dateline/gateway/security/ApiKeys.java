package io.dateline.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys, held only as SHA-256 hashes. A presented key is hashed and compared
 * with every stored hash in constant time, so neither a match's position nor its prefix leaks.
 *
 * <p>Configuration: {@code name:role:sha256hex} entries separated by commas, e.g.
 * {@code newsroom:editor:9f86d0...,ops:admin:60303a...}.
 */
public final class ApiKeys {

    /** One configured key. */
    public record Key(String name, Role role, byte[] hash) {
    }

    private final List<Key> keys;

    private ApiKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    public static ApiKeys parse(String config) {
        List<Key> keys = new ArrayList<>();
        if (config == null || config.isBlank()) {
            return new ApiKeys(keys);
        }
        for (String entry : config.split(",")) {
            String[] parts = entry.trim().split(":");
            if (parts.length != 3 || !parts[2].matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("An API key entry must be name:role:sha256hex, got '"
                        + (parts.length > 0 ? parts[0] : "") + ":...'");
            }
            keys.add(new Key(parts[0], Role.parse(parts[1]), HexFormat.of().parseHex(parts[2])));
        }
        return new ApiKeys(keys);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public Optional<Key> find(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > 512) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented);
        Key match = null;
        for (Key k : keys) {
            if (MessageDigest.isEqual(k.hash(), hash) & match == null) {
                match = k;
            }
        }
        return Optional.ofNullable(match);
    }

    /** The key configured under this name, if any (a UI session names its key). */
    public Optional<Key> named(String name) {
        return keys.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** One digest per thread: looking the algorithm up costs more than hashing a key (every request does this). */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    public static byte[] sha256(String key) {
        return SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }
}
