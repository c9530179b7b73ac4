package io.dateline.events.service;

import io.dateline.events.extract.ExtractedEvent;
import io.dateline.events.extract.Lead;
import io.dateline.events.feed.FeedEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A feed entry with what was read from it off the event loop: its events, its lead and the term counts
 * story clustering uses. For a deleted article only {@code entry} is set.
 */
public record PreparedEntry(FeedEntry entry, List<ExtractedEvent> events, Lead lead, Map<String, Double> terms,
                            Instant clusteredAt) {

    public boolean deleted() {
        return entry.article() == null;
    }

    public long seq() {
        return entry.seq();
    }
}
