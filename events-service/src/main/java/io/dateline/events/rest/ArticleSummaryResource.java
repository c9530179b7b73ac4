package io.dateline.events.rest;

import io.dateline.events.repository.ArticleSummaries;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleSummaryResource {

    private final ArticleSummaries summaries;

    public ArticleSummaryResource(ArticleSummaries summaries) {
        this.summaries = summaries;
    }

    @GET
    @Path("/{id}/summary")
    @Operation(summary = "An article's events, lead (5W) and story, for the gateway to compose into the article")
    public Uni<Response> summary(@PathParam("id") UUID id, @Context UriInfo uri) {
        return summaries.find(id).map(found -> found == null
                ? Problem.of(404, "The events side has no article " + id + ".", uri.getPath()).toResponse()
                : Response.ok(found).build());
    }
}
