package io.dateline.gateway.ui;

import io.dateline.gateway.security.AccessControl;
import io.dateline.gateway.security.ApiKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The UI's session cookie: the key's name, a fingerprint of its hash, the login time and a random
 * nonce, signed with HMAC-SHA256 under a key derived from the service token, so every gateway
 * replica reads every other's cookies and no API key ever leaves the server. A session ends when it
 * is older than its lifetime, at logout, or when its key is removed or rotated.
 */
public final class SessionCookies {

    public static final String NAME = "dateline_session";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    private final byte[] secret;
    private final Duration lifetime;
    private final AccessControl access;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> loggedOut = new ConcurrentHashMap<>();

    public SessionCookies(String serviceToken, Duration lifetime, AccessControl access) {
        this.secret = hmac(serviceToken.getBytes(StandardCharsets.UTF_8), "dateline-ui-session");
        this.lifetime = lifetime;
        this.access = access;
    }

    /** A new session for a key that was just checked; answers the cookie's value. */
    public String open(ApiKeys.Key key, Instant now) {
        byte[] nonce = new byte[18];
        random.nextBytes(nonce);
        String payload = String.join("|", key.name(), fingerprint(key), String.valueOf(now.getEpochSecond()),
                B64.encodeToString(nonce));
        String encoded = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + B64.encodeToString(hmac(secret, encoded));
    }

    /** The session a cookie value stands for, when it is genuine, current and its key still configured. */
    public Optional<UiSession> read(String cookie, Instant now) {
        if (cookie == null || cookie.length() > 600) {
            return Optional.empty();
        }
        int dot = cookie.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String encoded = cookie.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(hmac(secret, encoded), UNB64.decode(cookie.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(UNB64.decode(encoded), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4) {
                return Optional.empty();
            }
            Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            if (issued.plus(lifetime).isBefore(now) || loggedOut.containsKey(parts[3])) {
                return Optional.empty();
            }
            return access.named(parts[0]).filter(key -> fingerprint(key).equals(parts[1]))
                    .map(key -> new UiSession(key.name(), key.role(), issued, parts[3], csrfFor(parts[3])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Ends a session on this replica at once; everywhere, its cookie is cleared and it expires with its lifetime. */
    public void close(UiSession session, Instant now) {
        loggedOut.put(session.nonce(), session.issuedAt().plus(lifetime));
        loggedOut.values().removeIf(until -> until.isBefore(now));
    }

    /** Constant-time comparison of a token a form sent with the session's. */
    public static boolean csrfMatches(UiSession session, String sent) {
        return sent != null && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    public Duration lifetime() {
        return lifetime;
    }

    private String csrfFor(String nonce) {
        return B64.encodeToString(hmac(secret, "csrf|" + nonce));
    }

    /** Names the key's hash without revealing any of it: rotating the key ends its sessions. */
    private String fingerprint(ApiKeys.Key key) {
        return B64.encodeToString(hmac(secret, "key|" + HexFormat.of().formatHex(key.hash()))).substring(0, 16);
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
