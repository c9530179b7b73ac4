package io.dateline.events.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A number for every term any vector has held, so vectors compare by numbers and index arrays by them. */
final class TermIds {

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TermIds() {
    }

    static int of(String term) {
        Integer known = IDS.get(term);
        return known != null ? known : IDS.computeIfAbsent(term, t -> NEXT.getAndIncrement());
    }

    /** One more than the highest number given so far. */
    static int size() {
        return NEXT.get();
    }
}
