package io.dateline.articles.rest;

import io.dateline.articles.ingest.InvalidSubmission;
import io.dateline.articles.ingest.SubmissionReader;
import io.dateline.articles.repository.ArticleSearch;
import io.dateline.articles.repository.ArticleStore;
import io.dateline.articles.service.IngestService;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    /** The feed entry that carries the stored state; the gateway waits for it with ?wait=true. */
    public static final String FEED_SEQ = "Dateline-Feed-Seq";

    private final IngestService ingest;
    private final ArticleStore store;
    private final ArticleSearch search;
    private final SubmissionReader reader;
    private final long maxArticleBytes;

    public ArticleResource(IngestService ingest, ArticleStore store, ArticleSearch search, SubmissionReader reader,
                           @ConfigProperty(name = "dateline.http.max-article-bytes") MemorySize maxArticle) {
        this.ingest = ingest;
        this.store = store;
        this.search = search;
        this.reader = reader;
        this.maxArticleBytes = maxArticle.asLongValue();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML})
    @Operation(summary = "Ingest one article",
            description = "Our JSON, news-please JSON as is, raw page text or a whole HTML page. 201 and Location for a "
                    + "new article; 200 with the stored article for an exact repeat (same url, or same content without "
                    + "url) or a new version of a changed page at a known url.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleInput.class)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    public Uni<Response> create(@HeaderParam("Content-Type") MediaType type, byte[] body, @Context UriInfo uri) {
        if (body.length > maxArticleBytes) {
            throw new InvalidSubmission(413, "The article is larger than the limit of " + maxArticleBytes + " bytes.");
        }
        var submission = reader.read(body, type == null ? null : type.getType() + "/" + type.getSubtype());
        return ingest.ingest(submission)
                .chain(saved -> store.find(saved.id()).map(article -> {
                    ArticleView view = ArticleView.of(article);
                    Response.ResponseBuilder answer = saved.outcome() == ArticleStore.Outcome.CREATED
                            ? Response.created(uri.getBaseUriBuilder().path("articles").path(view.id().toString()).build())
                            : Response.ok();
                    return answer.entity(view)
                            .header("Dateline-Outcome", saved.outcome().name().toLowerCase())
                            .header(FEED_SEQ, saved.feedSeq()).build();
                }));
    }

    @GET
    @Operation(summary = "Search and list articles",
            description = "Full-text search (q) ranked by relevance, or newest first without q; filters by source, "
                    + "entity (id or name), language, publication date range; duplicates=false hides near-duplicates.")
    public Uni<Page<ArticleHit>> list(@Context UriInfo uri) {
        SearchParameters p = SearchParameters.of(uri.getQueryParameters());
        return search.search(p.query()).map(hits -> {
            List<ArticleHit> items = hits.stream().limit(p.limit()).map(ArticleHit::of).toList();
            String next = null;
            if (hits.size() > p.limit()) {
                ArticleSearch.Hit last = hits.get(p.limit() - 1);
                next = (p.query().q() != null ? Cursor.of(last.rank(), last.id()) : Cursor.of(last.sortTime(), last.id()))
                        .encode();
            }
            return new Page<>(items, next);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article")
    public Uni<Response> get(@PathParam("id") UUID id, @Context UriInfo uri) {
        return store.find(id).map(article -> article == null ? notFound(id, uri)
                : Response.ok(ArticleView.of(article)).build());
    }

    @GET
    @Path("/{id}/annotations")
    @Operation(summary = "The article's sentences, entities, time expressions, quotes and quantities")
    public Uni<Response> annotations(@PathParam("id") UUID id, @Context UriInfo uri) {
        return store.annotations(id).chain(annotations -> annotations != null
                ? Uni.createFrom().item(Response.ok(annotations).build())
                : store.find(id).map(article -> article == null ? notFound(id, uri)
                        : Response.ok(new JsonObject().put("sentences", List.of()).put("entities", List.of())
                                .put("times", List.of()).put("quotes", List.of()).put("quantities", List.of())
                                .encode()).build()));
    }

    @GET
    @Path("/{id}/raw")
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(summary = "The latest input of the article exactly as it was received")
    public Uni<Response> raw(@PathParam("id") UUID id, @Context UriInfo uri) {
        return store.raw(id).map(raw -> raw == null ? notFound(id, uri)
                : Response.ok(raw.raw(), MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                        .header("Dateline-Format", raw.format()).build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an article; its mentions leave their events")
    public Uni<Response> delete(@PathParam("id") UUID id, @Context UriInfo uri) {
        return ingest.delete(id).map(deleted -> deleted ? Response.noContent().build() : notFound(id, uri));
    }

    private static Response notFound(UUID id, UriInfo uri) {
        return Problem.of(404, "No article " + id + ".", "/" + uri.getPath().replaceFirst("^/", "")).toResponse();
    }
}
