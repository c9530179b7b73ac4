package io.dateline.gateway.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void eventsArePlacedByDayInOneLanePerTypeAndUndatedOnesCounted() throws Exception {
        var events = new ObjectMapper().readTree("""
                [{"id": "a", "type": "MOBILIZE", "date": "2022-01-24", "summary": "Denmark sends a frigate"},
                 {"id": "b", "type": "ACCUSE", "date": "2022-01-26"},
                 {"id": "c", "type": "MOBILIZE", "date": "2022-01-28"},
                 {"id": "d", "type": "AGREE"}]""");
        Timeline t = Timeline.byType(events);
        assertThat(t.lanes()).extracting(Timeline.Lane::label).containsExactly("mobilize", "accuse");
        assertThat(t.undated()).isEqualTo(1);
        assertThat(t.dots()).hasSize(3);
        Timeline.Dot first = t.dots().get(0), last = t.dots().get(2);
        assertThat(first.x()).isEqualTo(Timeline.LEFT);
        assertThat(last.x()).isEqualTo(Timeline.WIDTH - Timeline.RIGHT);
        assertThat(t.dots().get(1).x()).isEqualTo((first.x() + last.x()) / 2);
        assertThat(first.y()).isEqualTo(last.y()).isLessThan(t.dots().get(1).y());
        assertThat(first.href()).isEqualTo("/ui/events/a");
        assertThat(first.label()).contains("Denmark sends a frigate").contains("2022-01-24");
        assertThat(t.ticks()).isNotEmpty();
    }

    @Test
    void datesOfEveryGranularityStartOnTheirFirstDay() {
        assertThat(Timeline.firstDay("2022-01-24")).isEqualTo(LocalDate.of(2022, 1, 24));
        assertThat(Timeline.firstDay("2022-W04")).isEqualTo(LocalDate.of(2022, 1, 24));
        assertThat(Timeline.firstDay("2022-02")).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(Timeline.firstDay("2022")).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(Timeline.firstDay("soon")).isNull();
    }
}
