package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static final Map<String, String> TEXTS = Map.of(
            "en", "The city council voted on Tuesday to close two schools after the budget fell short by 4.5 million dollars.",
            "de", "Der Stadtrat hat am Dienstag beschlossen, zwei Schulen zu schließen, weil im Haushalt Geld fehlt.",
            "fr", "Le conseil municipal a voté mardi la fermeture de deux écoles, faute de budget suffisant cette année.",
            "es", "El ayuntamiento votó el martes el cierre de dos escuelas porque el presupuesto no alcanza este año.",
            "it", "Il consiglio comunale ha votato martedì la chiusura di due scuole perché mancano i fondi quest'anno.",
            "nl", "De gemeenteraad heeft dinsdag besloten twee scholen te sluiten omdat de begroting tekortschiet.",
            "ru", "Городской совет во вторник проголосовал за закрытие двух школ из-за нехватки бюджета в этом году.",
            "pt", "A câmara municipal votou na terça-feira o encerramento de duas escolas por falta de orçamento.");

    private static LanguageIdentifier ours;
    private static LanguageDetectorME theirs;

    @BeforeAll
    static void load() throws Exception {
        ours = new LanguageIdentifier();
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(LanguageIdentifier.MODEL)) {
            theirs = new LanguageDetectorME(new LanguageDetectorModel(in));
        }
    }

    @Test
    void identifiesTheLanguageOfEachText() {
        TEXTS.forEach((language, text) -> assertThat(ours.identify(text)).as(text).isEqualTo(language));
    }

    @Test
    void scoresAsOpenNlpsOwnDetectorDoes() throws Exception {
        LanguageModel model;
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(LanguageIdentifier.MODEL)) {
            model = LanguageModel.read(in);
        }
        for (String text : TEXTS.values()) {
            String mixed = text + " See https://example.org/a?b=1 or @newsdesk, 2024-05-01, sooooo 😀";
            Language[] expected = theirs.predictLanguages(mixed);
            double[] scores = model.score(ours.normalise(mixed));
            for (Language l : expected) {
                int o = outcomeIndex(model, l.getLang(), scores.length);
                assertThat(scores[o]).as(l.getLang()).isCloseTo(l.getConfidence(), within(1e-12));
            }
        }
    }

    @Test
    void shortOrEmptyTextsHaveNoLanguage() {
        assertThat(ours.identify("")).isNull();
        assertThat(ours.identify("   ")).isNull();
        assertThat(ours.identify(null)).isNull();
    }

    private static int outcomeIndex(LanguageModel model, String language, int n) {
        for (int o = 0; o < n; o++) {
            if (model.outcome(o).equals(language)) {
                return o;
            }
        }
        throw new AssertionError("no outcome " + language);
    }
}
