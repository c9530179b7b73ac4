package io.dateline.events.service;

import io.dateline.events.Event;
import io.dateline.events.repository.EventRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EventService {

    private final EventRepository events;

    public EventService(EventRepository events) {
        this.events = events;
    }

    @WithSession
    public Uni<Event> find(UUID id) {
        return events.findById(id);
    }

    @WithSession
    public Uni<List<Event>> page(OffsetDateTime beforeTime, UUID beforeId, int limit) {
        return events.page(beforeTime, beforeId, limit);
    }
}
