package io.dateline.events.repository;

import io.dateline.events.Event;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** Newest first by creation; the cursor is the (createdAt, id) of the last item seen. */
    public Uni<List<Event>> page(java.time.OffsetDateTime beforeTime, UUID beforeId, int limit) {
        if (beforeTime == null) {
            return find("order by createdAt desc, id desc").page(0, limit).list();
        }
        return find("createdAt < ?1 or (createdAt = ?1 and id < ?2) order by createdAt desc, id desc",
                beforeTime, beforeId).page(0, limit).list();
    }
}
