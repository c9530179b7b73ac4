package io.dateline.articles.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/** The OpenNLP English models (UD English-EWT, org.apache.opennlp:opennlp-models-*-en), loaded once. */
final class OpenNlpModels {

    private static final String VERSION = "1.3-2.5.4";

    static final SentenceModel SENTENCES = load("sentence", SentenceModel::new);
    static final TokenizerModel TOKENS = load("tokens", TokenizerModel::new);
    /** Tags with a beam of one: on news text it gives the same tags as the model's beam of three, twice as fast. */
    static final POSModel POS = greedy(load("pos", POSModel::new));
    static final LemmatizerModel LEMMAS = load("lemmas", LemmatizerModel::new);

    private OpenNlpModels() {
    }

    private static POSModel greedy(POSModel model) {
        MaxentModel maxent = model.getArtifact("pos.model");
        return new POSModel("en", maxent, 1, null, model.getFactory());
    }

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String kind, Reader<M> reader) {
        String resource = "opennlp-en-ud-ewt-" + kind + "-" + VERSION + ".bin";
        try (InputStream in = Lexicon.open(resource)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
