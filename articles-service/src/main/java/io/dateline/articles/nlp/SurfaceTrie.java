package io.dateline.articles.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * A character trie of surface forms, walked from a token's start: finds every form beginning
 * there in one pass, whatever the number of forms (the automaton the gazetteer matches with).
 * Curly apostrophes are read as straight ones.
 */
final class SurfaceTrie<V> {

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        V value;
    }

    /** Receives each form found: its end offset and its value. */
    interface Hit<V> {
        void at(int end, V value);
    }

    private final Node<V> root = new Node<>();

    /** Adds a form; returns the value already stored for it, if any (the caller decides). */
    V putIfAbsent(String form, V value) {
        Node<V> node = root;
        for (int i = 0; i < form.length(); i++) {
            node = node.next.computeIfAbsent(normal(form.charAt(i)), c -> new Node<>());
        }
        if (node.value == null) {
            node.value = value;
            return null;
        }
        return node.value;
    }

    void walk(CharSequence text, int from, int limit, Hit<V> hit) {
        Node<V> node = root;
        for (int i = from; i < limit; i++) {
            node = node.next.get(normal(text.charAt(i)));
            if (node == null) {
                return;
            }
            if (node.value != null) {
                hit.at(i + 1, node.value);
            }
        }
    }

    private static char normal(char c) {
        return c == '’' ? '\'' : c;
    }
}
