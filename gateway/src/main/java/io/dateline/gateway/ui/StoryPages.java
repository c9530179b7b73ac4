package io.dateline.gateway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.gateway.client.EventsClient;
import io.quarkus.qute.TemplateData;
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
import java.util.TreeMap;

/** The latest stories, and one story: its timeline, events, sources and articles. */
@Path("/ui/stories")
@Produces(MediaType.TEXT_HTML)
public class StoryPages {

    /** A source of a story's articles and how many it wrote. */
    @TemplateData
    public record Source(String name, int articles) {
    }

    private final EventsClient events;
    private final NewsDesk desk;
    private final Pages pages;

    public StoryPages(EventsClient events, NewsDesk desk, Pages pages) {
        this.events = events;
        this.desk = desk;
        this.pages = pages;
    }

    @GET
    public Uni<Response> latest(@QueryParam("q") String q, @QueryParam("cursor") String cursor, RoutingContext ctx) {
        var query = new MultivaluedHashMap<String, String>();
        if (q != null && !q.isBlank()) {
            query.putSingle("q", q.strip());
        }
        if (cursor != null) {
            query.putSingle("cursor", cursor);
        }
        String next = "/ui/stories?" + (q == null || q.isBlank() ? "" : "q=" + Format.param(q.strip()) + "&") + "cursor=";
        return desk.main(events.listStories(query), "story list")
                .map(page -> pages.render(ctx, "stories", Map.of("q", q == null ? "" : q, "stories", page.path("items"),
                        "next", page.hasNonNull("nextCursor") ? next + Format.param(page.path("nextCursor").asText()) : "")))
                .onFailure().recoverWithItem(e -> pages.failure(ctx, e));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> story(@PathParam("id") String id, RoutingContext ctx) {
        return desk.main(events.getStory(id), "story")
                .map(story -> pages.render(ctx, "story", Map.of("story", story,
                        "timeline", Timeline.byType(story.path("events")), "sources", sources(story))))
                .onFailure().recoverWithItem(e -> pages.failure(ctx, e));
    }

    private static List<Source> sources(JsonNode story) {
        Map<String, Integer> counts = new TreeMap<>();
        story.path("articles").forEach(a -> counts.merge(a.path("source").asText("unknown"), 1, Integer::sum));
        List<Source> sources = new ArrayList<>();
        counts.forEach((name, n) -> sources.add(new Source(name, n)));
        sources.sort((a, b) -> b.articles() - a.articles());
        return sources;
    }
}
