package io.dateline.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.gateway.client.ArticlesClient;
import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Full-text search over articles, with the API's filters, and snippets with their hits marked. */
@Path("/ui/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

    static final List<String> FILTERS = List.of("q", "source", "entity", "lang", "from", "to", "duplicates");

    /** One result: the article's list fields and its snippet cut at the hits. */
    @TemplateData
    public record Hit(JsonNode article, List<Segment> snippet) {
    }

    private final ArticlesClient articles;
    private final NewsDesk desk;
    private final Pages pages;

    public SearchPages(ArticlesClient articles, NewsDesk desk, Pages pages) {
        this.articles = articles;
        this.desk = desk;
        this.pages = pages;
    }

    @GET
    public Uni<Response> search(@Context UriInfo uri, RoutingContext ctx) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        Map<String, String> form = new java.util.HashMap<>();
        for (String name : FILTERS) {
            String v = uri.getQueryParameters().getFirst(name);
            form.put(name, v == null ? "" : v);
            if (v != null && !v.isBlank()) {
                query.putSingle(name, v.strip());
            }
        }
        // The form's checkbox says "hide duplicates"; the API's parameter says whether to include them.
        query.remove("duplicates");
        if ("on".equals(form.get("duplicates"))) {
            query.putSingle("duplicates", "false");
        }
        String cursor = uri.getQueryParameters().getFirst("cursor");
        if (cursor != null) {
            query.putSingle("cursor", cursor);
        }
        return desk.main(articles.list(query), "search")
                .map(page -> pages.render(ctx, "search", Map.of("form", form, "hits", hits(page),
                        "next", next(form, page.path("nextCursor").asText(null)), "error", "")))
                .onFailure(PageProblem.class).recoverWithItem(e -> pages.render(ctx, 400, "search", Map.of("form", form,
                        "hits", List.of(), "next", "", "error", e.getMessage())))
                .onFailure().recoverWithItem(e -> pages.failure(ctx, e));
    }

    private static List<Hit> hits(JsonNode page) {
        List<Hit> hits = new ArrayList<>();
        page.path("items").forEach(a -> hits.add(new Hit(a, Marks.snippet(a.path("snippet").asText(null), a.path("highlights")))));
        return hits;
    }

    private static String next(Map<String, String> form, String cursor) {
        if (cursor == null) {
            return "";
        }
        String params = form.entrySet().stream().filter(e -> !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + Format.param(e.getValue())).collect(Collectors.joining("&"));
        return "/ui/search?" + (params.isEmpty() ? "" : params + "&") + "cursor=" + Format.param(cursor);
    }
}
