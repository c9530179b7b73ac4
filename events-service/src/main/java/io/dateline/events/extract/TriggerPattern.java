package io.dateline.events.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sequence of lemma sets read from the lexicon: {@code hold:V ...4 talk|negotiation} is "hold" as a verb,
 * up to four other tokens, then "talk" or "negotiation". A suffix :V, :N or :J restricts the part of speech.
 * A token is read by its lemma, its text, or failing both by a crude stem (for lemmas the lemmatizer lacked).
 */
record TriggerPattern(List<Element> elements, int weight) {

    /** One position: alternative lemmas and a part of speech, or a gap of up to {@code gap} tokens. */
    record Element(Set<String> lemmas, Map<String, StemHit> byStem, char pos, int gap) {

        /** The first alternative (in the order of {@code lemmas}) with a given crude stem, and its rank. */
        record StemHit(String lemma, int rank) {
        }

        static Element of(Set<String> lemmas, char pos) {
            Map<String, StemHit> byStem = new HashMap<>();
            int rank = 0;
            for (String l : lemmas) {
                byStem.putIfAbsent(Words.stem(l), new StemHit(l, rank++));
            }
            return new Element(lemmas, Map.copyOf(byStem), pos, 0);
        }

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
            StemHit byText = byStem.get(s.lowerStem(i));
            StemHit byLemma = byStem.get(s.lemmaStem(i));
            if (byText == null || byLemma != null && byLemma.rank() < byText.rank()) {
                return byLemma == null ? null : byLemma.lemma();
            }
            return byText.lemma();
        }
    }

    static TriggerPattern parse(String text) {
        List<Element> elements = new ArrayList<>();
        for (String part : text.trim().split("\\s+")) {
            if (part.startsWith("...")) {
                int gap = part.length() == 3 ? 4 : Integer.parseInt(part.substring(3));
                elements.add(new Element(Set.of(), Map.of(), '*', gap));
                continue;
            }
            char pos = '*';
            int colon = part.lastIndexOf(':');
            if (colon > 0) {
                pos = part.charAt(colon + 1);
                part = part.substring(0, colon);
            }
            List<String> alternatives = List.of(Words.lower(part).replace('_', ' ').split("\\|"));
            elements.add(Element.of(Set.copyOf(alternatives), pos));
        }
        // weight: the number of non-gap elements, as a longer pattern is more specific
        return new TriggerPattern(List.copyOf(elements), (int) elements.stream().filter(e -> !e.isGap()).count());
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
