package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;

/**
 * Lemmas. The statistical lemmatizer is slow (~9k tokens/s), so most words take a fast path:
 * proper nouns keep their form, closed-class and irregular words come from the lexicons, and
 * regular inflections with only one reading are undone by rule. Only the ambiguous rest
 * ("hoped", "taxes", "larger") goes to the model, once per word and tag: answers are cached.
 */
final class LemmaAnnotator implements Annotator {

    private static final int CACHE_LIMIT = 200_000;

    private final ThreadLocal<LemmatizerME> model = ThreadLocal.withInitial(() -> new LemmatizerME(OpenNlpModels.LEMMAS));
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final Morphology morphology;

    LemmaAnnotator(Morphology morphology) {
        this.morphology = morphology;
    }

    @Override
    public Document annotate(Document document) {
        List<Sentence> sentences = new ArrayList<>(document.sentences().size());
        for (Sentence s : document.sentences()) {
            List<Token> tokens = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) {
                tokens.add(t.withLemma(lemma(t.text(), t.pos())));
            }
            sentences.add(s.withTokens(tokens));
        }
        return document.withSentences(sentences);
    }

    String lemma(String word, String pos) {
        if (pos.equals("NNP")) {
            return word;
        }
        String lower = word.toLowerCase().replace('’', '\'');
        if (pos.equals("NNPS")) {
            return lower.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        }
        if (pos.equals("POS")) {
            return lower;
        }
        String closed = morphology.closedClassLemma(lower);
        if (closed != null) {
            return closed;
        }
        String fast = byRule(lower, pos);
        return fast != null ? fast : cached(lower, pos);
    }

    private String byRule(String lower, String pos) {
        switch (pos) {
            case "NNS" -> {
                String irregular = morphology.irregularSingular(lower);
                if (irregular != null) {
                    return irregular;
                }
                return regularPlural(lower);
            }
            case "VBZ" -> {
                return regularPlural(lower);
            }
            case "VBD", "VBN" -> {
                String irregular = morphology.irregularVerbBase(lower);
                if (irregular != null) {
                    return irregular;
                }
                return lower.endsWith("ied") && lower.length() > 4 ? lower.substring(0, lower.length() - 3) + "y" : null;
            }
            case "VBG", "JJR", "JJS", "RBR", "RBS" -> {
                return null;
            }
            default -> {
                return lower;
            }
        }
    }

    /** "talks" → "talk", "forces" goes to the model (force? forc?), "cities" → "city". */
    private static String regularPlural(String lower) {
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("es") || !lower.endsWith("s") || lower.endsWith("ss")) {
            return null;
        }
        return lower.substring(0, lower.length() - 1);
    }

    private String cached(String lower, String pos) {
        String key = pos + '\t' + lower;
        String known = cache.get(key);
        if (known != null) {
            return known;
        }
        String[] lemmas = model.get().lemmatize(new String[] {lower}, new String[] {universal(pos)});
        String lemma = lemmas.length == 1 && !lemmas[0].isEmpty() && !"O".equals(lemmas[0]) ? lemmas[0] : lower;
        if (lemma.equals(lower)) {
            lemma = RegularInflection.base(lower, pos);
        }
        if (cache.size() < CACHE_LIMIT) {
            cache.put(key, lemma);
        }
        return lemma;
    }

    private static String universal(String penn) {
        if (penn.startsWith("VB")) {
            return "VERB";
        }
        if (penn.startsWith("NN")) {
            return "NOUN";
        }
        if (penn.startsWith("JJ")) {
            return "ADJ";
        }
        return penn.startsWith("RB") ? "ADV" : "X";
    }
}
