package io.dateline.articles.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordMemoTest {

    @Test
    void worksOutEachWordOnceUntilItsLimit() {
        List<String> asked = new ArrayList<>();
        WordMemo<Integer> lengths = new WordMemo<>(3, w -> {
            asked.add(w);
            return w.length();
        });
        assertThat(lengths.get("troops")).isEqualTo(6);
        assertThat(lengths.get("troops")).isEqualTo(6);
        lengths.get("border");
        lengths.get("ceasefire");
        assertThat(asked).containsExactly("troops", "border", "ceasefire");
        lengths.get("talks");
        lengths.get("troops");
        assertThat(asked).containsExactly("troops", "border", "ceasefire", "talks", "troops");
    }
}
