package io.dateline.events.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sequence of lemma sets read from the lexicon: {@code hold:V ...4 talk|negotiation} is "hold" as a verb,
 * up to four other tokens, then "talk" or "negotiation". A suffix :V, :N or :J restricts the part of speech.
 * A token is read by its lemma, its text, or failing both by a crude stem (for lemmas the lemmatizer lacked).
 */
record TriggerPattern(List<Element> elements) {

    /** One position: alternative lemmas and a part of speech, or a gap of up to {@code gap} tokens. */
    record Element(Set<String> lemmas, Set<String> stems, char pos, int gap) {

        boolean isGap() {
            return gap > 0;
        }

        /** The lexicon lemma token {@code i} is read as, or null when it does not fit. Proper nouns never do. */
        String accepts(SentenceView s, int i) {
            if (!s.hasPos(i, pos) || s.pos(i).startsWith("NNP")) {
                return null;
            }
            if (lemmas.contains(s.lemma(i))) {
                return s.lemma(i);
            }
            if (lemmas.contains(s.lower(i))) {
                return s.lower(i);
            }
            if (s.pos(i).equals("MD")) {
                return null;
            }
            // the stem stands in for a lemma the lemmatizer did not know or misspelt
            String stem = Words.stem(s.lower(i));
            String lemmaStem = Words.stem(s.lemma(i));
            for (String l : lemmas) {
                String ls = Words.stem(l);
                if (ls.equals(stem) || ls.equals(lemmaStem)) {
                    return l;
                }
            }
            return null;
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

    /** The tokens matched by the non-gap elements when the pattern starts at {@code start}, or null. */
    Trigger matchAt(LexiconEntry entry, SentenceView s, int start) {
        int[] matched = new int[weight()];
        String[] lemmas = new String[weight()];
        return match(s, 0, start, matched, lemmas, 0) ? new Trigger(entry, matched, lemmas) : null;
    }

    private boolean match(SentenceView s, int element, int i, int[] matched, String[] lemmas, int found) {
        if (element == elements.size()) {
            return true;
        }
        Element e = elements.get(element);
        if (e.isGap()) {
            for (int skip = 0; skip <= e.gap() && i + skip < s.size(); skip++) {
                if (skip > 0 && s.isHardBreak(i + skip - 1)) {
                    return false;
                }
                if (match(s, element + 1, i + skip, matched, lemmas, found)) {
                    return true;
                }
            }
            return false;
        }
        String lemma = i < s.size() ? e.accepts(s, i) : null;
        if (lemma == null) {
            return false;
        }
        matched[found] = i;
        lemmas[found] = lemma;
        return match(s, element + 1, i + 1, matched, lemmas, found + 1);
    }
}
