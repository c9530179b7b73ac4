package io.dateline.events.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An event as the API shows it. {@code date} is the value at its granularity (2022-01-24, 2022-W04,
 * 2022-01, 2022); {@code evidence} is its first mention; {@code mentions} only in the single-event answer;
 * {@code sortDate} (the first day of {@code date}) orders pages.
 */
public record EventView(UUID id, String type, String mode, Party actor, Party recipient, Party location,
                        String date, String dateGranularity, Map<String, Object> quantity, boolean negated,
                        String modality, String summary, Evidence evidence, int numArticles, int numSources,
                        UUID story, Party reportedBy,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<MentionView> mentions,
                        @JsonIgnore LocalDate sortDate) {

    /** The sentence an event was first read from. */
    public record Evidence(UUID articleId, String sentence) {
    }

    public EventView withMentions(List<MentionView> all) {
        return new EventView(id, type, mode, actor, recipient, location, date, dateGranularity, quantity, negated,
                modality, summary, evidence, numArticles, numSources, story, reportedBy, all, sortDate);
    }
}
