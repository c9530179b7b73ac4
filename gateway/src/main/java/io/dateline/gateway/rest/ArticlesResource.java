package io.dateline.gateway.rest;

import io.dateline.gateway.client.ArticlesClient;
import io.dateline.gateway.relay.FeedRelay;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticlesResource {

    private final ArticlesClient articles;
    private final io.dateline.gateway.client.EventsClient events;
    private final Composition composition;
    private final FeedRelay relay;
    private final java.time.Duration waitLimit;

    public ArticlesResource(ArticlesClient articles, io.dateline.gateway.client.EventsClient events,
                            Composition composition, FeedRelay relay,
                            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "dateline.ingest.wait-limit",
                                    defaultValue = "30s") java.time.Duration waitLimit) {
        this.articles = articles;
        this.events = events;
        this.composition = composition;
        this.relay = relay;
        this.waitLimit = waitLimit;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "Ingest one article",
            description = "Our JSON, news-please JSON, raw page text or a whole HTML page. 201 and Location for a new "
                    + "article, 200 with the stored one for an exact repeat or a new version of a changed page. "
                    + "With wait=true the answer comes once the article's events are extracted (header "
                    + "Dateline-Events: extracted, or pending after the wait limit).")
    public Uni<Response> ingest(@HeaderParam("Content-Type") String contentType, byte[] body,
                                @QueryParam("wait") @DefaultValue("false") boolean wait, @Context UriInfo uri) {
        return articles.ingest(contentType, body, new jakarta.ws.rs.core.MultivaluedHashMap<>())
                .chain(answer -> {
                    if (answer.feedSeq() == null) {
                        return Uni.createFrom().item(Forward.of(answer, uri, "/api/v1/articles"));
                    }
                    relay.kick();
                    if (!wait) {
                        return Uni.createFrom().item(Forward.of(answer, uri, "/api/v1/articles"));
                    }
                    return relay.awaitApplied(answer.feedSeq(), waitLimit).map(applied -> Response.fromResponse(
                            Forward.of(answer, uri, "/api/v1/articles"))
                            .header("Dateline-Events", applied ? "extracted" : "pending").build());
                });
    }

    @GET
    @Operation(summary = "Search and list articles")
    public Uni<Response> list(@Context UriInfo uri) {
        return articles.list(uri.getQueryParameters()).map(answer -> Forward.of(answer, uri, "/api/v1/articles"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article, with its events, lead and story",
            description = "The article from the articles service and, fetched at the same time, its events (ids, types, "
                    + "summaries), lead (who/what/when/where) and story from the events service; when that service is "
                    + "down the article still comes, with degraded: [\"events\"].")
    public Uni<Response> get(@PathParam("id") String id, @Context UriInfo uri) {
        return composition.compose(articles.get(id), new Composition.Part("events", events.articleSummary(id)),
                (article, summary) -> {
                    article.set("events", summary == null ? article.arrayNode() : summary.path("events"));
                    article.set("lead", summary == null ? null : summary.get("lead"));
                    article.set("story", summary == null ? null : summary.get("story"));
                });
    }

    @GET
    @Path("/{id}/annotations")
    @Operation(summary = "The article's sentences, entities, time expressions, quotes and quantities",
            description = "Each layer with character offsets into the article's text.")
    public Uni<Response> annotations(@PathParam("id") String id, @Context UriInfo uri) {
        return articles.annotations(id).map(answer -> Forward.of(answer, uri, "/api/v1/articles"));
    }

    @GET
    @Path("/{id}/raw")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The article's latest input exactly as received")
    public Uni<Response> raw(@PathParam("id") String id, @Context UriInfo uri) {
        return articles.raw(id).map(answer -> Forward.of(answer, uri, "/api/v1/articles"));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an article; its mentions leave their events")
    public Uni<Response> delete(@PathParam("id") String id, @Context UriInfo uri) {
        return articles.delete(id).map(answer -> Forward.of(answer, uri, "/api/v1/articles"));
    }
}
