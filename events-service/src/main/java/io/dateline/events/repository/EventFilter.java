package io.dateline.events.repository;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of GET /events; null means "any". */
public record EventFilter(String type, String actor, String recipient, String entity, String location,
                          LocalDate from, LocalDate to, UUID story, Integer minSources, String q) {
}
