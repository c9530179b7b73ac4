package io.dateline.events.extract;

import io.dateline.events.feed.Entity;
import io.dateline.events.feed.Mention;
import io.dateline.events.feed.Sentence;
import io.dateline.events.feed.Token;
import java.util.List;

/** One sentence's tokens with the entity each token names, read by index. */
final class SentenceView {

    private final int index;
    private final Sentence sentence;
    private final String text;
    private final Entity[] entities;
    private final int[] mentionStart;
    /** Per-token strings the lexicon matcher reads thousands of times per sentence, computed once. */
    private final String[] lowers;
    private final String[] lemmas;
    private final String[] lowerStems;
    private final String[] lemmaStems;

    SentenceView(int index, Sentence sentence, String articleText, List<Entity> articleEntities) {
        this.index = index;
        this.sentence = sentence;
        this.text = articleText.substring(Math.max(0, sentence.start()), Math.min(articleText.length(), sentence.end()));
        int n = sentence.tokens().size();
        this.entities = new Entity[n];
        this.mentionStart = new int[n];
        this.lowers = new String[n];
        this.lemmas = new String[n];
        this.lowerStems = new String[n];
        this.lemmaStems = new String[n];
        for (Entity e : articleEntities) {
            for (Mention m : e.mentions()) {
                if (m.end() > sentence.start() && m.start() < sentence.end()) {
                    mark(e, m);
                }
            }
        }
    }

    private void mark(Entity e, Mention m) {
        int first = -1;
        for (int i = 0; i < entities.length; i++) {
            Token t = token(i);
            if (t.start() < m.end() && t.end() > m.start() && entities[i] == null) {
                first = first < 0 ? i : first;
                entities[i] = e;
                mentionStart[i] = first;
            }
        }
    }

    int index() {
        return index;
    }

    String text() {
        return text;
    }

    int size() {
        return entities.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String pos(int i) {
        String p = token(i).pos();
        return p == null ? "" : p;
    }

    /** The lower-cased lemma, or the lower-cased text when the lemmatizer gave none ("O"). */
    String lemma(int i) {
        if (lemmas[i] == null) {
            String l = token(i).lemma();
            lemmas[i] = l == null || l.isEmpty() || l.equals("O") ? lower(i) : Words.lower(l);
        }
        return lemmas[i];
    }

    String lower(int i) {
        if (lowers[i] == null) {
            lowers[i] = Words.lower(token(i).text());
        }
        return lowers[i];
    }

    /** {@link Words#stem} of the lower-cased text. */
    String lowerStem(int i) {
        if (lowerStems[i] == null) {
            lowerStems[i] = Words.stem(lower(i));
        }
        return lowerStems[i];
    }

    /** {@link Words#stem} of the lemma. */
    String lemmaStem(int i) {
        if (lemmaStems[i] == null) {
            lemmaStems[i] = Words.stem(lemma(i));
        }
        return lemmaStems[i];
    }

    boolean hasPos(int i, char wanted) {
        String p = pos(i);
        return switch (wanted) {
            case 'V' -> p.startsWith("VB");
            case 'N' -> p.startsWith("NN");
            case 'J' -> p.startsWith("JJ");
            default -> true;
        };
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB") || pos(i).equals("MD");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN") || pos(i).equals("PRP") || pos(i).equals("CD");
    }

    boolean isPunctuation(int i) {
        String t = token(i).text();
        return !t.isEmpty() && !Character.isLetterOrDigit(t.charAt(0));
    }

    /** Tokens a gap never crosses. */
    boolean isHardBreak(int i) {
        String t = token(i).text();
        return t.equals(";") || t.equals(".") || t.equals(":") || t.equals("?") || t.equals("!");
    }

    Entity entity(int i) {
        return i >= 0 && i < entities.length ? entities[i] : null;
    }

    /** The first token of the mention token {@code i} belongs to. */
    int mentionStart(int i) {
        return mentionStart[i];
    }

    /** The index after the last token of the mention token {@code i} belongs to. */
    int mentionEnd(int i) {
        int j = i;
        while (j + 1 < entities.length && entities[j + 1] == entities[i] && mentionStart[j + 1] == mentionStart[i]) {
            j++;
        }
        return j + 1;
    }

    /** The text from token {@code from} to token {@code to} (exclusive), as written. */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        int a = token(from).start() - sentence.start();
        int b = token(to - 1).end() - sentence.start();
        return text.substring(Math.max(0, a), Math.min(text.length(), b));
    }

    int startOffset(int i) {
        return token(i).start();
    }
}
