package io.dateline.articles.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The language of a text, with OpenNLP's language-detection model (103 languages, from
 * opennlp-models-langdetect), as a two-letter code where ISO 639-1 has one ("en", "de").
 * The model is held as a {@link LanguageModel}; the text is normalised as OpenNLP's
 * {@link LanguageDetectorFactory} does (emoji, urls, Twitter names, numbers, repeated characters).
 */
public final class LanguageIdentifier {

    static final String MODEL = "/langdetect-183.bin";
    /** The first characters are enough and keep the cost per article flat. */
    private static final int SAMPLE = 2000;
    /** The model spreads its scores over 103 languages; a clear lead over the runner-up is what counts. */
    private static final double MIN_LEAD = 1.5;

    private final LanguageModel model;
    private final CharSequenceNormalizer normaliser = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    private final Map<String, String> twoLetter = new HashMap<>();

    public LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP language-detection model is not on the class path");
            }
            model = LanguageModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String code : Locale.getISOLanguages()) {
            twoLetter.put(Locale.forLanguageTag(code).getISO3Language(), code);
        }
    }

    /** The language code, or null when the text is too short or the model is unsure. */
    public String identify(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        double[] scores = model.score(normalise(sample));
        int best = 0;
        int second = -1;
        for (int o = 1; o < scores.length; o++) {
            if (scores[o] > scores[best]) {
                second = best;
                best = o;
            } else if (second < 0 || scores[o] > scores[second]) {
                second = o;
            }
        }
        boolean clear = second < 0 || scores[best] >= MIN_LEAD * scores[second];
        String code = model.outcome(best);
        return clear ? twoLetter.getOrDefault(code, code) : null;
    }

    CharSequence normalise(String text) {
        return normaliser.normalize(text);
    }
}
