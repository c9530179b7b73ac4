package io.dateline.events.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sequence of lemma sets read from the lexicon: {@code hold:V ...4 talk|negotiation} is "hold" as a verb,
 * up to four other tokens, then "talk" or "negotiation". A suffix :V, :N or :J restricts the part of speech.
 */
record TriggerPattern(List<Element> elements) {

    /** One position: alternative lemmas and a part of speech, or a gap of up to {@code gap} tokens. */
    record Element(Set<String> lemmas, Set<String> stems, char pos, int gap) {

        boolean isGap() {
            return gap > 0;
        }

        boolean accepts(SentenceView s, int i) {
            if (!s.hasPos(i, pos)) {
                return false;
            }
            if (lemmas.contains(s.lemma(i)) || lemmas.contains(s.lower(i))) {
                return true;
            }
            // the stem stands in for a lemma the lemmatizer did not know or misspelt
            return !s.pos(i).equals("MD") && (stems.contains(Words.stem(s.lower(i))) || stems.contains(Words.stem(s.lemma(i))));
        }
    }

    static TriggerPattern parse(String text) {
        List<Element> elements = new ArrayList<>();
        for (String part : text.trim().split("\\s+")) {
            if (part.startsWith("...")) {
                int gap = part.length() == 3 ? 4 : Integer.parseInt(part.substring(3));
                elements.add(new Element(Set.of(), Set.of(), '*', gap));
                continue;
            }
            char pos = '*';
            int colon = part.lastIndexOf(':');
            if (colon > 0) {
                pos = part.charAt(colon + 1);
                part = part.substring(0, colon);
            }
            List<String> alternatives = List.of(Words.lower(part).replace('_', ' ').split("\\|"));
            Set<String> stems = Set.copyOf(alternatives.stream().map(Words::stem).toList());
            elements.add(new Element(Set.copyOf(alternatives), stems, pos, 0));
        }
        return new TriggerPattern(List.copyOf(elements));
    }

    /** The number of non-gap elements: a longer pattern is more specific. */
    int weight() {
        return (int) elements.stream().filter(e -> !e.isGap()).count();
    }

    /** The token indices matched by the non-gap elements when the pattern starts at {@code start}, or null. */
    int[] matchAt(SentenceView s, int start) {
        int[] matched = new int[weight()];
        return match(s, 0, start, matched, 0) ? matched : null;
    }

    private boolean match(SentenceView s, int element, int i, int[] matched, int found) {
        if (element == elements.size()) {
            return true;
        }
        Element e = elements.get(element);
        if (e.isGap()) {
            for (int skip = 0; skip <= e.gap() && i + skip < s.size(); skip++) {
                if (skip > 0 && s.isHardBreak(i + skip - 1)) {
                    return false;
                }
                if (match(s, element + 1, i + skip, matched, found)) {
                    return true;
                }
            }
            return false;
        }
        if (i >= s.size() || !e.accepts(s, i)) {
            return false;
        }
        matched[found] = i;
        return match(s, element + 1, i + 1, matched, found + 1);
    }
}
