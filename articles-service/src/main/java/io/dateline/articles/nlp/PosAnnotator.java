package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.List;

/** Part of speech: OpenNLP's POS model (Universal tags), decoded greedily, converted to Penn Treebank tags. */
final class PosAnnotator implements Annotator {

    private final GreedyTagger tagger = new GreedyTagger(OpenNlpModels.POS);
    private final PennTags penn;

    PosAnnotator(PennTags penn) {
        this.penn = penn;
    }

    @Override
    public Document annotate(Document document) {
        List<Sentence> sentences = new ArrayList<>(document.sentences().size());
        for (Sentence s : document.sentences()) {
            sentences.add(s.withTokens(tag(s.tokens())));
        }
        return document.withSentences(sentences);
    }

    private List<Token> tag(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        String[] tags = penn.convert(words, tagger.tag(words));
        List<Token> tagged = new ArrayList<>(tokens.size());
        for (int i = 0; i < words.length; i++) {
            tagged.add(tokens.get(i).withPos(tags[i]));
        }
        return tagged;
    }
}
