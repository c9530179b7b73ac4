package io.dateline.gateway.rest;

import io.dateline.gateway.relay.ReprocessJobs;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminResource {

    private final ReprocessJobs jobs;

    public AdminResource(ReprocessJobs jobs) {
        this.jobs = jobs;
    }

    @POST
    @Path("/reprocess")
    @Operation(summary = "Replay every article through extraction",
            description = "Clears what the events-service derived and replays the articles feed from zero, as a job; "
                    + "the API keeps answering meanwhile. 202 with the job; follow it at /api/v1/admin/jobs/{id}.")
    public Uni<Response> reprocess(@Context UriInfo uri) {
        return jobs.start().map(job -> Response.accepted(job)
                .location(uri.getBaseUriBuilder().path("api/v1/admin/jobs").path(job.id()).build()).build());
    }

    @GET
    @Path("/jobs/{id}")
    @Operation(summary = "A job's progress")
    public Response job(@PathParam("id") String id, @Context UriInfo uri) {
        return jobs.find(id).map(job -> Response.ok(job).build())
                .orElseGet(() -> Problem.of(404, "No job " + id + ".", "/" + uri.getPath().replaceFirst("^/", "")).toResponse());
    }
}
