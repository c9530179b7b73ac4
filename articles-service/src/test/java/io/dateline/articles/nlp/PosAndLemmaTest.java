package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PosAndLemmaTest {

    private final Pipeline pipeline = Pipeline.standard();

    private List<Token> tokens(String text) {
        return pipeline.annotate(text, null).sentences().stream().flatMap(s -> s.tokens().stream()).toList();
    }

    private Token token(List<Token> tokens, String text) {
        return tokens.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void pennTagsCarryTenseAndNumber() {
        List<Token> t = tokens("The ministers said the troops have arrived and are moving towards Kharkiv.");
        assertThat(token(t, "ministers").pos()).isEqualTo("NNS");
        assertThat(token(t, "said").pos()).isEqualTo("VBD");
        assertThat(token(t, "arrived").pos()).isEqualTo("VBN");
        assertThat(token(t, "moving").pos()).isEqualTo("VBG");
        assertThat(token(t, "are").pos()).isEqualTo("VBP");
        assertThat(token(t, "Kharkiv").pos()).isEqualTo("NNP");
        assertThat(token(t, "The").pos()).isEqualTo("DT");
    }

    @Test
    void modalsAndInfinitives() {
        List<Token> t = tokens("Ukraine will deploy more jets to protect its cities.");
        assertThat(token(t, "will").pos()).isEqualTo("MD");
        assertThat(token(t, "deploy").pos()).isEqualTo("VB");
        assertThat(token(t, "protect").pos()).isEqualTo("VB");
        assertThat(token(t, "its").pos()).isEqualTo("PRP$");
    }

    @Test
    void lemmasAreLowerCaseExceptProperNouns() {
        List<Token> t = tokens("Soldiers fought and women fled as the Danish pilots flew over Denmark's cities.");
        assertThat(token(t, "Soldiers").lemma()).isEqualTo("soldier");
        assertThat(token(t, "fought").lemma()).isEqualTo("fight");
        assertThat(token(t, "women").lemma()).isEqualTo("woman");
        assertThat(token(t, "fled").lemma()).isEqualTo("flee");
        assertThat(token(t, "flew").lemma()).isEqualTo("fly");
        assertThat(token(t, "cities").lemma()).isEqualTo("city");
        assertThat(token(t, "Denmark").lemma()).isEqualTo("Denmark");
    }

    @Test
    void ambiguousRegularFormsGoThroughTheModel() {
        List<Token> t = tokens("She hoped the forces were stopping the attacks.");
        assertThat(token(t, "hoped").lemma()).isEqualTo("hope");
        assertThat(token(t, "forces").lemma()).isEqualTo("force");
        assertThat(token(t, "stopping").lemma()).isEqualTo("stop");
    }

    @Test
    void possessiveAndVerbalApostropheS() {
        List<Token> t = tokens("Russia's army says it's ready.");
        assertThat(t.get(1).pos()).isEqualTo("POS");
        assertThat(t.get(1).lemma()).isEqualTo("'s");
        Token is = t.stream().filter(x -> x.text().equals("'s") && x.start() > 20).findFirst().orElseThrow();
        assertThat(is.pos()).isEqualTo("VBZ");
        assertThat(is.lemma()).isEqualTo("be");
    }

    @Test
    void regularFormsTheModelLeavesUnchangedAreUndoneByRule() {
        assertThat(RegularInflection.base("bombed", "VBD")).isEqualTo("bomb");
        assertThat(RegularInflection.base("stopped", "VBD")).isEqualTo("stop");
        assertThat(RegularInflection.base("hoped", "VBN")).isEqualTo("hope");
        assertThat(RegularInflection.base("shelling", "VBG")).isEqualTo("shell");
        assertThat(RegularInflection.base("marches", "NNS")).isEqualTo("march");
    }
}
