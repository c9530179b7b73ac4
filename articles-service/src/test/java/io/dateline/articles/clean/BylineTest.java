package io.dateline.articles.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineTest {

    @Test
    void namesJoinedByAndOrCommas() {
        assertThat(Byline.authors("By Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(Byline.authors("By Ann Poe, Jane Doe & John Roe")).containsExactly("Ann Poe", "Jane Doe", "John Roe");
    }

    @Test
    void rolesOutletsAndDatesAreNotNames() {
        assertThat(Byline.authors("By JANE DOE, Staff Writer")).containsExactly("Jane Doe");
        assertThat(Byline.authors("By Tom Roe, AP Business Writer")).containsExactly("Tom Roe");
        assertThat(Byline.authors("By Jane Doe | Reuters")).containsExactly("Jane Doe");
        assertThat(Byline.authors("By Jane Doe Updated 10:42 AM EST")).containsExactly("Jane Doe");
    }

    @Test
    void otherLanguages() {
        assertThat(Byline.authors("Par Marie Dupont et Jean Martin")).containsExactly("Marie Dupont", "Jean Martin");
        assertThat(Byline.authors("Von Anna Schmidt")).containsExactly("Anna Schmidt");
    }

    @Test
    void sentencesStartingWithByAreNoBylines() {
        assertThat(Byline.authors("By the end of the year, the pier will be gone.")).isEmpty();
        assertThat(Byline.authors("By Friday, Council Members must vote.")).isEmpty();
        assertThat(Byline.authors("Jane Doe wrote this")).isEmpty();
    }
}
