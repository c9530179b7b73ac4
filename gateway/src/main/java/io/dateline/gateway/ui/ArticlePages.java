package io.dateline.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The article reader: the clean text with its entities, time expressions and quotes marked, its
 * events, lead and story (fetched at the same time from the events side), and its raw input on demand.
 */
@Path("/ui/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    /** What the page shows when the events side knows nothing of the article (or is down). */
    private static final JsonNode NO_SUMMARY = JsonNodeFactory.instance.objectNode().set("events",
            JsonNodeFactory.instance.arrayNode());

    private final ArticlesClient articles;
    private final EventsClient events;
    private final NewsDesk desk;
    private final Pages pages;

    public ArticlePages(ArticlesClient articles, EventsClient events, NewsDesk desk, Pages pages) {
        this.articles = articles;
        this.events = events;
        this.desk = desk;
        this.pages = pages;
    }

    @GET
    @Path("/{id}")
    public Uni<Response> article(@PathParam("id") String id, @QueryParam("ingested") String ingested,
                                 RoutingContext ctx) {
        return Uni.combine().all().unis(desk.main(articles.get(id), "article"), desk.part(articles.annotations(id)),
                        desk.part(events.articleSummary(id)))
                .asTuple()
                .map(all -> {
                    JsonNode article = all.getItem1();
                    JsonNode summary = all.getItem3().value().isObject() ? all.getItem3().value() : NO_SUMMARY;
                    return pages.render(ctx, "article", Map.of("article", article, "summary", summary,
                            "eventsUnavailable", all.getItem3().unavailable(),
                            "text", Marks.article(article.path("text").asText(""), all.getItem2().value()),
                            "ingested", ingested == null ? "" : ingested));
                })
                .onFailure().recoverWithItem(e -> pages.failure(ctx, e));
    }

    @GET
    @Path("/{id}/raw")
    public Uni<Response> raw(@PathParam("id") String id, RoutingContext ctx) {
        return Uni.combine().all().unis(desk.main(articles.get(id), "article"), articles.raw(id)).asTuple()
                .map(both -> {
                    if (both.getItem2().status() != 200) {
                        throw new PageProblem(404, "This article's original input is not stored.");
                    }
                    return pages.render(ctx, "raw", Map.of("article", both.getItem1(),
                            "raw", new String(both.getItem2().body(), StandardCharsets.UTF_8)));
                })
                .onFailure().recoverWithItem(e -> pages.failure(ctx, e));
    }
}
