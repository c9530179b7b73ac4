package io.dateline.gateway.ui;

import io.dateline.gateway.client.EventsClient;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** One event: who did what to whom, where and when, how surely, and every mention with its evidence. */
@Path("/ui/events")
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    private final EventsClient events;
    private final NewsDesk desk;
    private final Pages pages;

    public EventPages(EventsClient events, NewsDesk desk, Pages pages) {
        this.events = events;
        this.desk = desk;
        this.pages = pages;
    }

    @GET
    @Path("/{id}")
    public Uni<Response> event(@PathParam("id") String id, RoutingContext ctx) {
        return desk.main(events.getEvent(id), "event")
                .map(event -> pages.render(ctx, "event", Map.of("event", event)))
                .onFailure().recoverWithItem(e -> pages.failure(ctx, e));
    }
}
