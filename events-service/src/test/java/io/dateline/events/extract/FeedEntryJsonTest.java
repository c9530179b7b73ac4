package io.dateline.events.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.events.feed.FeedEntry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A feed entry as docs/feed.md writes it reads straight into the events-side records and extracts. */
class FeedEntryJsonTest {

    private static final String ENTRY = """
            {"seq": 7, "kind": "created", "articleId": "a-7", "version": 1, "recordedAt": "2024-02-05T09:00:00Z",
             "article": {"id": "a-7", "url": "https://example.org/a-7", "source": "example.org", "title": "Norway sends ships",
               "publishedAt": "2024-02-05T08:30:00Z", "language": "en", "text": "Norway sent two ships to Iceland.",
               "dateline": {"place": "Oslo", "agency": null}, "authors": [], "duplicateOf": null, "contentHash": "x"},
             "annotations": {
               "sentences": [{"start": 0, "end": 33, "tokens": [
                 {"start": 0, "end": 6, "text": "Norway", "pos": "NNP", "lemma": "Norway"},
                 {"start": 7, "end": 11, "text": "sent", "pos": "VBD", "lemma": "send"},
                 {"start": 12, "end": 15, "text": "two", "pos": "CD", "lemma": "two"},
                 {"start": 16, "end": 21, "text": "ships", "pos": "NNS", "lemma": "ship"},
                 {"start": 22, "end": 24, "text": "to", "pos": "TO", "lemma": "to"},
                 {"start": 25, "end": 32, "text": "Iceland", "pos": "NNP", "lemma": "Iceland"},
                 {"start": 32, "end": 33, "text": ".", "pos": ".", "lemma": "."}]}],
               "entities": [
                 {"id": "country:NOR", "name": "Norway", "type": "COUNTRY", "aliases": ["Norwegian"], "country": "NOR",
                  "role": null, "affiliation": null, "mentions": [{"start": 0, "end": 6, "text": "Norway"}]},
                 {"id": "country:ISL", "name": "Iceland", "type": "COUNTRY", "aliases": [], "country": "ISL",
                  "role": null, "affiliation": null, "mentions": [{"start": 25, "end": 32, "text": "Iceland"}]}],
               "times": [], "quotes": [],
               "quantities": [{"value": 2, "unit": "ships", "text": "two ships", "start": 12, "end": 21}]}}
            """;

    @Test
    void readsAndExtracts() throws Exception {
        FeedEntry entry = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .readValue(ENTRY, FeedEntry.class);
        assertThat(entry.article().publicationDay()).contains(LocalDate.of(2024, 2, 5));
        ExtractedEvent e = EventExtractor.standard().extract(entry.annotatedArticle()).get(0);
        assertThat(e.type()).isEqualTo(PloverType.MOBILIZE);
        assertThat(e.actor().country()).isEqualTo("NOR");
        assertThat(e.recipient().country()).isEqualTo("ISL");
        assertThat(e.amount()).isEqualTo(new Amount(2.0, "ships", "two ships"));
        assertThat(e.date()).isEqualTo(new EventDate("2024-W06", "WEEK", null, true));
        assertThat(e.summary()).isEqualTo("Norway sends two ships to Iceland");
    }
}
