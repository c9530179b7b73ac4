package io.dateline.events.rest;

import io.dateline.events.repository.EntityQueries;
import io.dateline.events.repository.EventQueries;
import io.dateline.events.repository.QuoteQueries;
import io.dateline.events.view.EntityView;
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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities")
public class EntityResource {

    private static final int PROFILE_ITEMS = 50;

    private final EntityQueries entities;
    private final EventQueries events;
    private final QuoteQueries quotes;

    public EntityResource(EntityQueries entities, EventQueries events, QuoteQueries quotes) {
        this.entities = entities;
        this.events = events;
        this.quotes = quotes;
    }

    @GET
    @Operation(summary = "The entity catalogue by name, with event, article and mention counts")
    public Uni<Page<EntityView>> list(@QueryParam("q") String q, @QueryParam("type") String type,
                                      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Params p = new Params();
        String entityType = p.entityType("type", type);
        int size = p.limit(limit);
        EntityQueries.After after = decode(p, cursor);
        p.check();
        return entities.list(p.text(q), entityType, after, size + 1).map(found -> {
            if (found.size() <= size) {
                return new Page<>(found, null);
            }
            EntityView last = found.get(size - 1);
            return new Page<>(found.subList(0, size), encode(last));
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An entity's profile: aliases, events as actor and as recipient, quotes")
    public Uni<Response> get(@PathParam("id") String id, @Context UriInfo uri) {
        return entities.find(id).chain(entity -> entity == null
                ? Uni.createFrom().item(Problem.of(404, "No entity " + id + ".", uri.getPath()).toResponse())
                : events.withRole(id, "actor", PROFILE_ITEMS)
                        .chain(asActor -> events.withRole(id, "recipient", PROFILE_ITEMS)
                                .chain(asRecipient -> quotes.list(id, null, null, null, null, PROFILE_ITEMS)
                                        .map(said -> Response.ok(entity.profile(asActor, asRecipient, said)).build()))));
    }

    /** Entity ids are text, so the cursor is the lower-case name and the id, both encoded. */
    private static String encode(EntityView last) {
        String raw = last.name().toLowerCase(Locale.ROOT) + "\n" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static EntityQueries.After decode(Params p, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int cut = raw.lastIndexOf('\n');
            return new EntityQueries.After(raw.substring(0, cut), raw.substring(cut + 1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            p.cursor("!");
            return null;
        }
    }
}
