package io.dateline.articles.rest;

import io.dateline.articles.Article;
import io.dateline.articles.service.ArticleService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    private final ArticleService articles;

    public ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest one article", description = "201 for a new article, 200 with the stored one for an exact repeat.")
    public Uni<Response> ingest(@Valid @NotNull ArticleInput input, @Context UriInfo uri) {
        if (isBlank(input.text()) && isBlank(input.html())) {
            return Uni.createFrom().item(Problem.invalid(422, "An article needs a body.", uri.getPath(),
                    List.of(new Problem.FieldError("text", "text or html is required"))).toResponse());
        }
        String text = isBlank(input.text()) ? input.html() : input.text();
        var article = new ArticleService.NewArticle(input.url(), input.source(), input.title(), input.publishedAt(),
                input.language(), text.strip(), MediaType.APPLICATION_JSON, text);
        return articles.ingest(article).map(result -> {
            ArticleView view = ArticleView.of(result.article());
            return result.created()
                    ? Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build()
                    : Response.ok(view).build();
        });
    }

    @GET
    @Operation(summary = "List articles, newest first")
    public Uni<Page<ArticleView>> list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit,
                                       @QueryParam("cursor") String cursor) {
        Cursor after = Cursor.decode(cursor);
        return articles.page(after == null ? null : after.time(), after == null ? null : after.id(), limit + 1)
                .map(found -> {
                    List<ArticleView> items = found.stream().limit(limit).map(ArticleView::of).toList();
                    String next = null;
                    if (found.size() > limit) {
                        Article last = found.get(limit - 1);
                        next = new Cursor(last.ingestedAt, last.id).encode();
                    }
                    return new Page<>(items, next);
                });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article")
    public Uni<Response> get(@PathParam("id") UUID id, @Context UriInfo uri) {
        return articles.find(id).map(article -> article == null
                ? Problem.of(404, "No article " + id + ".", uri.getPath()).toResponse()
                : Response.ok(ArticleView.of(article)).build());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
