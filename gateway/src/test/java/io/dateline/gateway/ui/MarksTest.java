package io.dateline.gateway.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarksTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void entitiesTimesAndQuotesBecomeRunsThatCoverTheWholeText() throws Exception {
        String text = "Denmark said on Monday: \"Norway will help.\"";
        var annotations = json.readTree("""
                {"entities": [{"id": "country:DNK", "name": "Denmark", "type": "COUNTRY", "mentions": [{"start": 0, "end": 7}]},
                              {"id": "country:NOR", "name": "Norway", "type": "COUNTRY", "mentions": [{"start": 25, "end": 31}]}],
                 "times": [{"start": 16, "end": 22, "value": "2022-01-24", "granularity": "DAY"}],
                 "quotes": [{"speaker": {"name": "Denmark"}, "start": 24, "end": 43}]}""");
        List<Segment> runs = Marks.article(text, annotations);
        assertThat(String.join("", runs.stream().map(Segment::text).toList())).isEqualTo(text);
        assertThat(runs.get(0)).isEqualTo(new Segment("Denmark", "entity", "Denmark · country · country:DNK",
                "/ui/entities/country%3ADNK"));
        assertThat(runs).contains(new Segment("Monday", "time", "Date: 2022-01-24 (day)", null));
        assertThat(runs).contains(new Segment("Norway", "entity quote", "Norway · country · country:NOR",
                "/ui/entities/country%3ANOR"));
        assertThat(runs).contains(new Segment(" will help.\"", "quote", "Quote: Denmark", null));
    }

    @Test
    void spansOutsideTheTextAreIgnored() throws Exception {
        var annotations = json.readTree("{\"entities\": [{\"id\": \"x\", \"mentions\": [{\"start\": 3, \"end\": 99}]}]}");
        assertThat(Marks.article("short", annotations)).containsExactly(Segment.plain("short"));
    }

    @Test
    void snippetHitsAreMarked() throws Exception {
        var runs = Marks.snippet("the frigate sails", json.readTree("[{\"start\": 4, \"end\": 11}]"));
        assertThat(runs).containsExactly(Segment.plain("the "), new Segment("frigate", "hit", null, null),
                Segment.plain(" sails"));
    }
}
