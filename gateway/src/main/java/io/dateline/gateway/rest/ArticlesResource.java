package io.dateline.gateway.rest;

import io.dateline.gateway.client.ArticlesClient;
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

    public ArticlesResource(ArticlesClient articles) {
        this.articles = articles;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "Ingest one article",
            description = "Our JSON, news-please JSON, raw page text or a whole HTML page. 201 and Location for a new "
                    + "article, 200 with the stored one for an exact repeat.")
    public Uni<Response> ingest(@HeaderParam("Content-Type") String contentType, byte[] body, @Context UriInfo uri) {
        return articles.ingest(contentType, body, uri.getQueryParameters())
                .map(answer -> Forward.of(answer, uri, "/api/v1/articles"));
    }

    @GET
    @Operation(summary = "Search and list articles")
    public Uni<Response> list(@Context UriInfo uri) {
        return articles.list(uri.getQueryParameters()).map(answer -> Forward.of(answer, uri, "/api/v1/articles"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article")
    public Uni<Response> get(@PathParam("id") String id, @Context UriInfo uri) {
        return articles.get(id).map(answer -> Forward.of(answer, uri, "/api/v1/articles"));
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
