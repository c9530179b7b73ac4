package io.dateline.events.rest;

import io.dateline.events.repository.EventQueries;
import io.dateline.events.repository.StoryQueries;
import io.dateline.events.view.StoryView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories")
public class StoryResource {

    private static final int TIMELINE_EVENTS = 500;

    private final StoryQueries stories;
    private final EventQueries events;

    public StoryResource(StoryQueries stories, EventQueries events) {
        this.stories = stories;
        this.events = events;
    }

    @GET
    @Operation(summary = "Stories (clusters of articles), most recently active first")
    public Uni<Page<StoryView>> list(@QueryParam("q") String q, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("entity") String entity,
                                     @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Params p = new Params();
        LocalDate fromDay = p.date("from", from);
        LocalDate toDay = p.date("to", to);
        p.range(fromDay, toDay);
        int size = p.limit(limit);
        Keyset k = p.cursor(cursor);
        OffsetDateTime at = p.cursorTime(k);
        p.check();
        StoryQueries.After after = at == null ? null : new StoryQueries.After(at, k.id());
        return stories.list(p.text(q), fromDay, toDay, p.text(entity), after, size + 1).map(found -> {
            if (found.size() <= size) {
                return new Page<>(found, null);
            }
            StoryView last = found.get(size - 1);
            return new Page<>(found.subList(0, size), new Keyset(last.lastSeen().toString(), last.id()).encode());
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One story: its articles, main entities and events as a timeline")
    public Uni<Response> get(@PathParam("id") UUID id, @Context UriInfo uri) {
        return stories.find(id).chain(story -> story == null
                ? Uni.createFrom().item(Problem.of(404, "No story " + id + ".", uri.getPath()).toResponse())
                : events.ofStory(id, TIMELINE_EVENTS)
                        .map(timeline -> Response.ok(story.with(story.articles(), story.entities(), timeline)).build()));
    }
}
