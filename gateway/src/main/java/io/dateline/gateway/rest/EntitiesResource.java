package io.dateline.gateway.rest;

import io.dateline.gateway.client.ArticlesClient;
import io.dateline.gateway.client.EventsClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Entities: the catalogue (articles-service) joined with what the events-service knows of each. */
@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities")
public class EntitiesResource {

    private final ArticlesClient articles;
    private final EventsClient events;
    private final Composition composition;

    public EntitiesResource(ArticlesClient articles, EventsClient events, Composition composition) {
        this.articles = articles;
        this.events = events;
        this.composition = composition;
    }

    @GET
    @Operation(summary = "The entity catalogue", description = "People, organisations, countries and places the articles "
            + "mention, most mentioned first, with their article and mention counts (articles service) and their "
            + "event counts: eventCount in either role, asActorCount, asRecipientCount (events service, asked for the "
            + "page's ids). When the events service is down the page still comes, without event counts and with "
            + "degraded: [\"events\"]. Filters: q (start of a name or alias), type (PERSON, ORGANIZATION, COUNTRY, "
            + "LOCATION).")
    public Uni<Response> list(@Context UriInfo uri) {
        return composition.composeAfter(articles.listEntities(uri.getQueryParameters()), "events",
                page -> {
                    List<String> ids = new ArrayList<>();
                    page.path("items").forEach(item -> ids.add(item.path("id").asText()));
                    return ids.isEmpty() ? null : events.entityCounts(ids);
                },
                (page, counts) -> page.path("items").forEach(item -> {
                    JsonNode these = counts == null ? null : counts.get(item.path("id").asText());
                    ObjectNode entry = (ObjectNode) item;
                    entry.put("eventCount", these == null ? 0 : these.path("numEvents").asInt());
                    entry.put("asActorCount", these == null ? 0 : these.path("asActor").asInt());
                    entry.put("asRecipientCount", these == null ? 0 : these.path("asRecipient").asInt());
                }));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An entity's profile", description = "Its names and aliases and how often articles mention it "
            + "(articles service), with, fetched at the same time, its events as actor and as recipient and its quotes "
            + "(events service); when that service is down the profile still comes, with degraded: [\"events\"].")
    public Uni<Response> get(@PathParam("id") String id) {
        return composition.compose(articles.getEntity(id), new Composition.Part("events", events.getEntity(id)),
                (entity, profile) -> {
                    entity.put("eventCount", profile == null ? 0 : profile.path("numEvents").asInt());
                    if (profile == null) {
                        entity.putArray("asActor");
                        entity.putArray("asRecipient");
                        entity.putArray("quotes");
                        return;
                    }
                    profile.fields().forEachRemaining(f -> {
                        if (!entity.has(f.getKey())) {
                            entity.set(f.getKey(), f.getValue());
                        }
                    });
                });
    }
}
