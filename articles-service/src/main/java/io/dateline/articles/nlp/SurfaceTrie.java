package io.dateline.articles.nlp;

import java.util.Arrays;

/**
 * A character trie of surface forms, walked from a token's start: finds every form beginning
 * there in one pass, whatever the number of forms (the automaton the gazetteer matches with).
 * Curly apostrophes are read as straight ones.
 */
final class SurfaceTrie<V> {

    /** Children in arrays sorted by character: no boxing and no hashing on the walk. */
    private static final class Node<V> {
        char[] keys = new char[0];
        Node<V>[] children = newArray(0);
        V value;

        Node<V> next(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        Node<V> nextOrNew(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            char[] k = new char[keys.length + 1];
            Node<V>[] n = newArray(keys.length + 1);
            System.arraycopy(keys, 0, k, 0, insert);
            System.arraycopy(children, 0, n, 0, insert);
            System.arraycopy(keys, insert, k, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, n, insert + 1, keys.length - insert);
            k[insert] = c;
            n[insert] = new Node<>();
            keys = k;
            children = n;
            return n[insert];
        }

        @SuppressWarnings("unchecked")
        private static <V> Node<V>[] newArray(int length) {
            return (Node<V>[]) new Node<?>[length];
        }
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
            node = node.nextOrNew(normal(form.charAt(i)));
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
            node = node.next(normal(text.charAt(i)));
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
