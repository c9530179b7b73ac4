package io.dateline.gateway.rest;

import io.dateline.gateway.client.ArticlesClient;
import io.dateline.gateway.client.EventsClient;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
            + "mention, most mentioned first, with their mention and article counts. Filters: q (start of a name or "
            + "alias), type (PERSON, ORGANIZATION, COUNTRY, LOCATION).")
    public Uni<Response> list(@Context UriInfo uri) {
        return articles.listEntities(uri.getQueryParameters()).map(answer -> Forward.of(answer, uri, "/api/v1/entities"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An entity's profile", description = "Its names and aliases and how often articles mention it "
            + "(articles service), with, fetched at the same time, its events as actor and as recipient and its quotes "
            + "(events service); when that service is down the profile still comes, with degraded: [\"events\"].")
    public Uni<Response> get(@PathParam("id") String id) {
        return composition.compose(articles.getEntity(id), new Composition.Part("events", events.getEntity(id)),
                (entity, profile) -> {
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
