package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentences: every line break ends a paragraph, and within a paragraph OpenNLP's sentence model
 * proposes boundaries, then two repairs the model lacks: an abbreviation ("Gen.", "U.S." before
 * a lower-case or non-initial word) does not end a sentence, and a sentence never ends inside an
 * open quotation or bracket of its paragraph.
 */
final class SentenceAnnotator implements Annotator {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.'-]");

    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.SENTENCES));
    private final Abbreviations abbreviations;

    SentenceAnnotator(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    @Override
    public Document annotate(Document document) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = paragraphEnd(text, paragraphStart);
            for (int[] span : sentencesOf(text, paragraphStart, paragraphEnd)) {
                sentences.add(new Sentence(span[0], span[1], List.of()));
            }
            paragraphStart = paragraphEnd + 1;
        }
        return document.withSentences(sentences);
    }

    private static int paragraphEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }

    private List<int[]> sentencesOf(String text, int start, int end) {
        String paragraph = text.substring(start, end);
        if (paragraph.isBlank()) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        for (Span s : detector.get().sentPosDetect(paragraph)) {
            spans.add(new int[] {start + s.getStart(), start + s.getEnd()});
        }
        List<int[]> split = new ArrayList<>();
        for (int[] span : joinFalseBreaks(text, spans)) {
            splitAfterAbbreviations(text, span, split);
        }
        return split;
    }

    /** The model keeps "from the U.S. The ministry" together: an abbreviation before a sentence opener ends it. */
    private void splitAfterAbbreviations(String text, int[] span, List<int[]> out) {
        int start = span[0];
        int wordStart = start;
        for (int i = span[0]; i <= span[1]; i++) {
            if (i < span[1] && !Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            if (abbreviations.kindAt(text, wordStart, i) == Abbreviations.Kind.OTHER) {
                int next = i;
                while (next < span[1] && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < span[1] && abbreviations.startsSentence(firstWord(text, next, span[1]))
                        && !Brackets.open(text, start, i)) {
                    out.add(new int[] {start, i});
                    start = next;
                }
            }
            wordStart = i + 1;
        }
        out.add(new int[] {start, span[1]});
    }

    private List<int[]> joinFalseBreaks(String text, List<int[]> spans) {
        List<int[]> joined = new ArrayList<>();
        int[] current = null;
        for (int[] next : spans) {
            if (current != null && continues(text, current, next)) {
                current = new int[] {current[0], next[1]};
            } else {
                if (current != null) {
                    joined.add(current);
                }
                current = next;
            }
        }
        if (current != null) {
            joined.add(current);
        }
        return joined;
    }

    private boolean continues(String text, int[] sentence, int[] next) {
        return Brackets.open(text, sentence[0], sentence[1]) || endsInAbbreviation(text, sentence, next);
    }

    private boolean endsInAbbreviation(String text, int[] sentence, int[] next) {
        String last = lastWord(text, sentence[0], sentence[1]);
        Abbreviations.Kind kind = abbreviations.kind(last);
        if (kind == null) {
            return isInitial(last);
        }
        if (kind == Abbreviations.Kind.TITLE) {
            return true;
        }
        String first = firstWord(text, next[0], next[1]);
        return first.isEmpty() || !Character.isUpperCase(first.charAt(0)) || !abbreviations.startsSentence(first);
    }

    /** "F." in "F. W. de Klerk": a single capital letter and a period. */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }

    private static String lastWord(String text, int start, int end) {
        int i = end;
        while (i > start && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int from = i;
        while (from < end && "(\"“‘«[".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        return text.substring(from, end);
    }

    private static String firstWord(String text, int start, int end) {
        int i = start;
        while (i < end && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return NOT_WORD.matcher(text.substring(start, i)).replaceAll("");
    }
}
