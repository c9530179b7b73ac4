package io.dateline.articles.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateWordsTest {

    private static OffsetDateTime utc(int y, int m, int d, int h, int min) {
        return OffsetDateTime.of(y, m, d, h, min, 0, 0, ZoneOffset.UTC);
    }

    @Test
    void writtenDates() {
        assertThat(DateWords.find("Published 24 January 2022")).isEqualTo(utc(2022, 1, 24, 0, 0));
        assertThat(DateWords.find("Jan. 24, 2022, 10:30 PM")).isEqualTo(utc(2022, 1, 24, 22, 30));
        assertThat(DateWords.find("Publié le 3 mars 2023 à 14h05")).isEqualTo(utc(2023, 3, 3, 14, 5));
        assertThat(DateWords.find("24 de enero de 2022")).isEqualTo(utc(2022, 1, 24, 0, 0));
    }

    @Test
    void isoAndNumericDates() {
        assertThat(DateWords.find("2022-01-24T10:00:00+02:00"))
                .isEqualTo(OffsetDateTime.of(2022, 1, 24, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(DateWords.find("24.01.2022")).isEqualTo(utc(2022, 1, 24, 0, 0));
        assertThat(DateWords.find("01/24/2022")).isEqualTo(utc(2022, 1, 24, 0, 0));
    }

    @Test
    void impossibleDatesAndPlainNumbersAreNone() {
        assertThat(DateWords.find("31 February 2022")).isNull();
        assertThat(DateWords.find("It cost 24,000 dollars in 2022.")).isNull();
    }

    @Test
    void aDateLineIsLittleMoreThanADate() {
        assertThat(DateWords.onlyDate("Monday, January 24, 2022")).isTrue();
        assertThat(DateWords.onlyDate("On January 24, 2022, the council voted to close the pier.")).isFalse();
    }
}
