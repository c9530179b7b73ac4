package io.dateline.events.rest;

import io.dateline.events.repository.EventFilter;
import io.dateline.events.repository.EventQueries;
import io.dateline.events.view.EventView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

    private final EventQueries events;

    public EventResource(EventQueries events) {
        this.events = events;
    }

    @GET
    @Operation(summary = "List events, newest first")
    public Uni<Page<EventView>> list(@QueryParam("type") String type, @QueryParam("actor") String actor,
                                     @QueryParam("recipient") String recipient, @QueryParam("entity") String entity,
                                     @QueryParam("location") String location, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("story") String story,
                                     @QueryParam("minSources") String minSources, @QueryParam("q") String q,
                                     @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Params p = new Params();
        LocalDate fromDay = p.date("from", from);
        LocalDate toDay = p.date("to", to);
        p.range(fromDay, toDay);
        EventFilter filter = new EventFilter(p.type("type", type), p.text(actor), p.text(recipient), p.text(entity),
                p.text(location), fromDay, toDay, p.uuid("story", story), p.atLeastOne("minSources", minSources), p.text(q));
        int size = p.limit(limit);
        EventQueries.After after = after(p, p.cursor(cursor));
        p.check();
        return events.list(filter, after, size + 1).map(found -> page(found, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One event with every article that mentions it")
    public Uni<Response> get(@PathParam("id") UUID id, @Context UriInfo uri) {
        return events.find(id).map(event -> event == null
                ? Problem.of(404, "No event " + id + ".", uri.getPath()).toResponse()
                : Response.ok(event).build());
    }

    static EventQueries.After after(Params p, Keyset k) {
        LocalDate date = p.cursorDate(k);
        return date == null ? null : new EventQueries.After(date, k.id());
    }

    /** A page from {@code size + 1} rows: the extra row only says that there is a next page. */
    static Page<EventView> page(List<EventView> found, int size) {
        if (found.size() <= size) {
            return new Page<>(found, null);
        }
        EventView last = found.get(size - 1);
        return new Page<>(found.subList(0, size), new Keyset(sortDate(last), last.id()).encode());
    }

    private static String sortDate(EventView e) {
        return e.sortDate() == null ? "0001-01-01" : e.sortDate().toString();
    }
}
