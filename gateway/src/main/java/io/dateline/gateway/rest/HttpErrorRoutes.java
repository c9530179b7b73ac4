package io.dateline.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.gateway.ui.Pages;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem answers for what never reaches a resource: unknown routes, bodies over the size limit,
 * and failures raised by the HTTP layer itself.
 */
@ApplicationScoped
public class HttpErrorRoutes {

    private final ObjectMapper mapper;
    private final long maxArticleBytes;
    private final long maxBatchBytes;

    public HttpErrorRoutes(ObjectMapper mapper,
                           @ConfigProperty(name = "dateline.http.max-article-bytes") MemorySize maxArticle,
                           @ConfigProperty(name = "dateline.http.max-batch-bytes") MemorySize maxBatch) {
        this.mapper = mapper;
        this.maxArticleBytes = maxArticle.asLongValue();
        this.maxBatchBytes = maxBatch.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limitBody);
        router.route().last().handler(ctx -> {
            if (ctx.request().path().startsWith("/ui/")) {
                // A person's browser, not an API client.
                ctx.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                        .end(Pages.plain("Not found", "There is no such page."));
                return;
            }
            send(ctx, Problem.of(404, "Nothing found at " + ctx.request().path() + ".", ctx.request().path()));
        });
        router.route().failureHandler(this::failure);
    }

    private void limitBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = limitFor(ctx.request().path());
        if (length != null && parse(length) > limit) {
            // The unread body would otherwise be taken for the next request.
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(ctx, Problem.of(413, "The body is larger than the limit of " + limit + " bytes for this route.",
                            ctx.request().path()));
            return;
        }
        ctx.next();
    }

    /** Batch routes stream large bodies; everything else takes one article at most. */
    public long limitFor(String path) {
        return path.endsWith("/batch") ? maxBatchBytes : maxArticleBytes;
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.response().close();
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        String detail = switch (status) {
            case 413 -> "The body is larger than the limit for this route.";
            case 404 -> "Nothing found at " + ctx.request().path() + ".";
            default -> status >= 500 ? "An unexpected error occurred; it has been logged." : Problem.titleFor(status) + ".";
        };
        send(ctx, Problem.of(status, detail, ctx.request().path()));
    }

    private void send(RoutingContext ctx, Problem problem) {
        try {
            ctx.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(500).end();
        }
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
