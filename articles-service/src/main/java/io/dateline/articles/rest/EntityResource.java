package io.dateline.articles.rest;

import io.dateline.articles.repository.EntityCatalogue;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The entity catalogue: every person, organisation, country and place the articles mention. */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities")
public class EntityResource {

    private final EntityCatalogue catalogue;

    public EntityResource(EntityCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "Search the entity catalogue", description = "Most mentioned first; q matches the start of a "
            + "name or alias; type is PERSON, ORGANIZATION, COUNTRY or LOCATION.")
    public Uni<Page<EntityCatalogue.Entry>> list(@QueryParam("q") @Size(max = 200) String q,
                                                 @QueryParam("type") @Pattern(regexp = "PERSON|ORGANIZATION|COUNTRY|LOCATION",
                                                         message = "must be PERSON, ORGANIZATION, COUNTRY or LOCATION") String type,
                                                 @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit,
                                                 @QueryParam("cursor") String cursor) {
        int offset = offsetOf(cursor);
        return catalogue.search(q == null || q.isBlank() ? null : q.strip(), type, offset, limit + 1).map(found -> {
            List<EntityCatalogue.Entry> items = found.stream().limit(limit).toList();
            String next = found.size() > limit ? Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("o" + (offset + limit)).getBytes(StandardCharsets.UTF_8)) : null;
            return new Page<>(items, next);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity: its names, aliases and how often articles mention it")
    public Uni<Response> get(@PathParam("id") String id, @Context UriInfo uri) {
        return catalogue.find(id).map(entry -> entry == null
                ? Problem.of(404, "No entity " + id + ".", "/" + uri.getPath().replaceFirst("^/", "")).toResponse()
                : Response.ok(entry).build());
    }

    private static int offsetOf(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith("o")) {
                return Math.max(0, Integer.parseInt(raw.substring(1)));
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw new ProblemException(Problem.invalid(400, "The query has invalid parameters.", "/entities",
                List.of(new Problem.FieldError("cursor", "is not one this service issued"))));
    }
}
