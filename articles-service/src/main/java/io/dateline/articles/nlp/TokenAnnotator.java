package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Tokens of each sentence: OpenNLP's tokenizer model, then the repairs it lacks. A known
 * abbreviation or an initial keeps its period ("Gen.", "p.m.", "F."), a possessive "'s" (or a
 * bare "'" after a plural) becomes its own token ("NATO" "'s"), and so does a clitic ("n't", "'re").
 */
final class TokenAnnotator implements Annotator {

    private static final Pattern DOTTED_LETTERS = Pattern.compile("(\\p{L}\\.)+");
    private static final Pattern DOTS = Pattern.compile("\\.+");

    private final ThreadLocal<TokenizerME> tokenizer =
            ThreadLocal.withInitial(() -> new TokenizerME(OpenNlpModels.TOKENS));
    /** The model splits a word by the word alone ("said," "U.S." "(AP)"), so its answer is kept per word. */
    private final WordMemo<int[]> splits = new WordMemo<>(100_000, this::modelSplits);
    private final Abbreviations abbreviations;

    TokenAnnotator(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    @Override
    public Document annotate(Document document) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>(document.sentences().size());
        for (Sentence s : document.sentences()) {
            sentences.add(s.withTokens(tokensOf(text, s.start(), s.end())));
        }
        return document.withSentences(sentences);
    }

    List<Token> tokensOf(String text, int start, int end) {
        List<int[]> spans = modelTokens(text, start, end);
        List<int[]> merged = new ArrayList<>(spans.size() + 4);
        for (int i = 0; i < spans.size(); i++) {
            int s = spans.get(i)[0];
            int e = spans.get(i)[1];
            if (i + 1 < spans.size() && keepsPeriod(text, s, e, spans.get(i + 1)[0], spans.get(i + 1)[1])) {
                e++;
                i++;
            }
            if (e - s > 1 && text.charAt(e - 1) == '.' && !keepsOwnPeriod(text.substring(s, e))) {
                splitPossessive(text, s, e - 1, merged);
                merged.add(new int[] {e - 1, e});
            } else {
                splitPossessive(text, s, e, merged);
            }
        }
        List<Token> tokens = new ArrayList<>(merged.size());
        for (int[] span : merged) {
            tokens.add(new Token(span[0], span[1], text.substring(span[0], span[1]), null, null));
        }
        return tokens;
    }

    /**
     * The model's tokens. It was trained without its alphanumeric shortcut, so it would weigh a
     * split between every two letters; a word of letters and digits alone is taken whole instead,
     * and only the other words go to the model.
     */
    private List<int[]> modelTokens(String text, int start, int end) {
        List<int[]> spans = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int wordStart = i;
            boolean plain = true;
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                plain &= Character.isLetterOrDigit(text.charAt(i));
                i++;
            }
            if (i == wordStart) {
                break;
            }
            if (plain) {
                spans.add(new int[] {wordStart, i});
            } else {
                int[] bounds = splits.get(text.substring(wordStart, i));
                for (int b = 0; b < bounds.length; b += 2) {
                    spans.add(new int[] {wordStart + bounds[b], wordStart + bounds[b + 1]});
                }
            }
        }
        return spans;
    }

    /** Start and end of each token of a word, in pairs. */
    private int[] modelSplits(String word) {
        Span[] tokens = tokenizer.get().tokenizePos(word);
        int[] bounds = new int[tokens.length * 2];
        for (int t = 0; t < tokens.length; t++) {
            bounds[2 * t] = tokens[t].getStart();
            bounds[2 * t + 1] = tokens[t].getEnd();
        }
        return bounds;
    }

    private boolean keepsPeriod(String text, int start, int end, int nextStart, int nextEnd) {
        if (nextStart != end || nextEnd != end + 1 || text.charAt(end) != '.') {
            return false;
        }
        String word = text.substring(start, end + 1);
        return abbreviations.contains(word) || (end - start == 1 && Character.isUpperCase(text.charAt(start)));
    }

    /** "U.S.", "Gen." and dotted initials keep their period; "Kharkiv." at a sentence end does not. */
    private boolean keepsOwnPeriod(String word) {
        return abbreviations.contains(word) || DOTTED_LETTERS.matcher(word).matches() || DOTS.matcher(word).matches();
    }

    /** Clitics the model keeps attached: "doesn't" → "does" "n't", "they're" → "they" "'re". */
    private static final String[] NO_CLITICS = {};
    private static final String[] CLITICS = {"n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"};

    private static void splitPossessive(String text, int start, int end, List<int[]> out) {
        int length = end - start;
        // every clitic has its apostrophe two or three characters from the end
        boolean apostrophe = (end - 2 > start && isApostrophe(text.charAt(end - 2)))
                || (end - 3 > start && isApostrophe(text.charAt(end - 3)));
        for (String clitic : apostrophe ? CLITICS : NO_CLITICS) {
            int at = end - clitic.length();
            if (at > start && text.regionMatches(true, at, clitic, 0, clitic.length()) && Character.isLetter(text.charAt(at - 1))) {
                out.add(new int[] {start, at});
                out.add(new int[] {at, end});
                return;
            }
        }
        if (length > 2 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && Character.isLetterOrDigit(text.charAt(end - 3))) {
            out.add(new int[] {start, end - 2});
            out.add(new int[] {end - 2, end});
        } else if (length > 2 && isApostrophe(text.charAt(end - 1)) && text.charAt(end - 2) == 's') {
            out.add(new int[] {start, end - 1});
            out.add(new int[] {end - 1, end});
        } else {
            out.add(new int[] {start, end});
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
