package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Tokens of each sentence: OpenNLP's tokenizer model, then the repairs it lacks. A known
 * abbreviation or an initial keeps its period ("Gen.", "p.m.", "F."), and a possessive "'s"
 * (or a bare "'" after a plural) becomes its own token ("NATO" "'s").
 */
final class TokenAnnotator implements Annotator {

    private final ThreadLocal<TokenizerME> tokenizer =
            ThreadLocal.withInitial(() -> new TokenizerME(OpenNlpModels.TOKENS));
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
        Span[] spans = tokenizer.get().tokenizePos(text.substring(start, end));
        List<int[]> merged = new ArrayList<>(spans.length + 4);
        for (int i = 0; i < spans.length; i++) {
            int s = start + spans[i].getStart();
            int e = start + spans[i].getEnd();
            if (i + 1 < spans.length && keepsPeriod(text, s, e, start + spans[i + 1].getStart(), start + spans[i + 1].getEnd())) {
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

    private boolean keepsPeriod(String text, int start, int end, int nextStart, int nextEnd) {
        if (nextStart != end || nextEnd != end + 1 || text.charAt(end) != '.') {
            return false;
        }
        String word = text.substring(start, end + 1);
        return abbreviations.contains(word) || (end - start == 1 && Character.isUpperCase(text.charAt(start)));
    }

    /** "U.S.", "Gen." and dotted initials keep their period; "Kharkiv." at a sentence end does not. */
    private boolean keepsOwnPeriod(String word) {
        return abbreviations.contains(word) || word.matches("(\\p{L}\\.)+") || word.matches("\\.+");
    }

    private static void splitPossessive(String text, int start, int end, List<int[]> out) {
        int length = end - start;
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
