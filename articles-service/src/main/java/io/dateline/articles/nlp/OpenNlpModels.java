package io.dateline.articles.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerFactory;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (UD English-EWT, org.apache.opennlp:opennlp-models-*-en), loaded once.
 * The tokenizer, tagger and lemmatizer keep their weights as {@link FlatMaxent}s.
 */
final class OpenNlpModels {

    private static final String VERSION = "1.3-2.5.4";

    static final SentenceModel SENTENCES = load("sentence", SentenceModel::new);
    static final TokenizerModel TOKENS = flat(tokenModel());
    /** The tagger's weights, decoded by {@link GreedyTagger}. */
    static final FlatMaxent POS = FlatMaxent.of((AbstractModel) posModel().getArtifact("pos.model"));
    static final LemmatizerModel LEMMAS = flat(lemmaModel());

    private OpenNlpModels() {
    }

    /** OpenNLP's own models as read from their files (the tests compare the flat ones with them). */
    static TokenizerModel tokenModel() {
        return load("tokens", TokenizerModel::new);
    }

    static LemmatizerModel lemmaModel() {
        return load("lemmas", LemmatizerModel::new);
    }

    /** Tags with a beam of one: on news text it gives the same tags as the model's beam of three, twice as fast. */
    static POSModel posModel() {
        return greedy(load("pos", POSModel::new));
    }

    private static TokenizerModel flat(TokenizerModel model) {
        TokenizerFactory f = model.getFactory();
        return new TokenizerModel(FlatMaxent.of((AbstractModel) model.getMaxentModel()), null,
                new TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(),
                        f.isUseAlphaNumericOptimization(), f.getAlphaNumericPattern()));
    }

    private static LemmatizerModel flat(LemmatizerModel model) {
        if (model.getFactory().getClass() != LemmatizerFactory.class) {
            throw new IllegalStateException("unexpected lemmatizer factory " + model.getFactory().getClass());
        }
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        MaxentModel maxent = (MaxentModel) model.getArtifact("lemmatizer.model");
        return new LemmatizerModel(model.getLanguage(), FlatMaxent.of((AbstractModel) maxent),
                beam == null ? opennlp.tools.lemmatizer.LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam),
                null, new LemmatizerFactory());
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
