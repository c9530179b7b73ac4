package io.dateline.articles.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text, with OpenNLP's language-detection model (103 languages, from
 * opennlp-models-langdetect), as a two-letter code where ISO 639-1 has one ("en", "de").
 */
public final class LanguageIdentifier {

    /** The first characters are enough and keep the cost per article flat. */
    private static final int SAMPLE = 2000;
    private static final double MIN_CONFIDENCE = 0.5;

    private final LanguageDetectorModel model;
    private final Map<String, String> twoLetter = new HashMap<>();

    public LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP language-detection model is not on the class path");
            }
            model = new LanguageDetectorModel(in);
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
        // LanguageDetectorME keeps no state between calls beyond the shared model, but is cheap to make.
        Language best = new LanguageDetectorME(model).predictLanguage(sample);
        if (best == null || best.getConfidence() < MIN_CONFIDENCE && sample.length() < 200) {
            return null;
        }
        return twoLetter.getOrDefault(best.getLang(), best.getLang());
    }
}
