package io.dateline.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.gateway.client.ArticlesClient;
import io.dateline.gateway.client.EventsClient;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The entity catalogue, and one entity: its names, a timeline of its events as actor and as
 * recipient, and its quotes. The catalogue entry and the events profile are fetched at the same time.
 */
@Path("/ui/entities")
@Produces(MediaType.TEXT_HTML)
public class EntityPages {

    /** The profile when the events side has none (or is down): no events, no quotes. */
    private static final JsonNode EMPTY = emptyProfile();

    private final ArticlesClient articles;
    private final EventsClient events;
    private final NewsDesk desk;
    private final Pages pages;

    public EntityPages(ArticlesClient articles, EventsClient events, NewsDesk desk, Pages pages) {
        this.articles = articles;
        this.events = events;
        this.desk = desk;
        this.pages = pages;
    }

    @GET
    public Uni<Response> catalogue(@QueryParam("q") String q, @QueryParam("type") String type, RoutingContext ctx) {
        var query = new MultivaluedHashMap<String, String>();
        if (q != null && !q.isBlank()) {
            query.putSingle("q", q.strip());
        }
        if (type != null && !type.isBlank()) {
            query.putSingle("type", type);
        }
        query.putSingle("limit", "100");
        return desk.main(articles.listEntities(query), "entity list")
                .map(page -> pages.render(ctx, "entities", Map.of("q", q == null ? "" : q, "type", type == null ? "" : type,
                        "entities", page.path("items"))))
                .onFailure().recoverWithItem(e -> pages.failure(ctx, e));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> entity(@PathParam("id") String id, RoutingContext ctx) {
        return Uni.combine().all().unis(desk.main(articles.getEntity(id), "entity"), desk.part(events.getEntity(id)))
                .asTuple()
                .map(both -> {
                    JsonNode profile = both.getItem2().value().isObject() ? both.getItem2().value() : EMPTY;
                    return pages.render(ctx, "entity", Map.of("entity", both.getItem1(), "profile", profile,
                            "eventsUnavailable", both.getItem2().unavailable(), "timeline", timeline(profile)));
                })
                .onFailure().recoverWithItem(e -> pages.failure(ctx, e));
    }

    private static JsonNode emptyProfile() {
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        empty.putArray("asActor");
        empty.putArray("asRecipient");
        empty.putArray("quotes");
        return empty;
    }

    private static Timeline timeline(JsonNode profile) {
        List<Timeline.Entry> entries = new ArrayList<>();
        profile.path("asActor").forEach(e -> entries.add(new Timeline.Entry(e, "as actor")));
        profile.path("asRecipient").forEach(e -> entries.add(new Timeline.Entry(e, "as recipient")));
        return Timeline.of(entries);
    }
}
