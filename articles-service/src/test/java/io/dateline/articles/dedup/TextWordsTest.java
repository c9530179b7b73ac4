package io.dateline.articles.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWordsTest {

    @Test
    void wordsAreLowerCaseRunsOfLettersAndDigits() {
        assertThat(TextWords.of("The ferry, built in 1998, sank -- again!")).containsExactly("the", "ferry", "built", "in", "1998", "sank", "again");
        assertThat(TextWords.of(" ")).isEmpty();
        assertThat(TextWords.of(null)).isEmpty();
    }

    @Test
    void compatibilityFormsAndOtherScriptsAreWordsTooButNotCombiningMarks() {
        assertThat(TextWords.of("Ｔｏｋｙｏ’s ﬁnal: ½ of Café Ⅻ")).containsExactly("tokyo", "s", "final", "1", "2", "of", "café", "xii");
        assertThat(TextWords.of("Москва́ и 東京")).containsExactly("москва", "и", "東京");
    }
}
