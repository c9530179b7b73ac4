package io.dateline.articles.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers already worked out for a word, shared by all threads. Words follow Zipf's law, so a
 * few thousand entries answer most lookups; at its limit the memo starts afresh, which keeps
 * memory bounded in a long-running service without the bookkeeping of an LRU.
 */
final class WordMemo<V> {

    private final int limit;
    private final Function<String, V> compute;
    private volatile Map<String, V> answers = new ConcurrentHashMap<>();

    WordMemo(int limit, Function<String, V> compute) {
        this.limit = limit;
        this.compute = compute;
    }

    V get(String word) {
        Map<String, V> current = answers;
        V known = current.get(word);
        if (known != null) {
            return known;
        }
        V answer = compute.apply(word);
        if (current.size() >= limit) {
            current = new ConcurrentHashMap<>();
            answers = current;
        }
        current.put(word, answer);
        return answer;
    }
}
