package io.dateline.gateway.security;

import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per key: {@code perSecond} requests a second on average, bursts up to {@code burst}. */
public final class RateLimiter {

    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(double perSecond, double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes one token; answers 0 when allowed, else the seconds to wait before a token is free. */
    public long acquire(String key, long nowNanos) {
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, nowNanos)).take(nowNanos, perSecond, burst);
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }

        synchronized long take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }
    }
}
