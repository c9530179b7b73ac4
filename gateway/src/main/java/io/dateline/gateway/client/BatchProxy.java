package io.dateline.gateway.client;

import io.dateline.gateway.rest.Problem;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * POST /api/v1/articles/batch, streamed through: the NDJSON body flows to the articles-service as it
 * arrives and its per-line results flow back as they are written, with back-pressure both ways,
 * so a batch of any length never sits in the gateway's memory.
 */
@ApplicationScoped
public class BatchProxy {

    private static final Logger LOG = Logger.getLogger(BatchProxy.class);

    private final HttpClient http;
    private final URI articles;
    private final String token;

    public BatchProxy(Vertx vertx, @ConfigProperty(name = "quarkus.rest-client.articles.url") String articlesUrl,
                      @ConfigProperty(name = "dateline.service-token") String token) {
        this.articles = URI.create(articlesUrl);
        this.token = token;
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setIdleTimeout(120));
    }

    void install(@Observes Router router) {
        router.post("/api/v1/articles/batch").order(-10).handler(this::proxy);
        // The UI's NDJSON upload; its door has checked the session, role and CSRF header by then.
        router.post("/ui/ingest/batch").order(-10).handler(this::proxy);
    }

    private void proxy(RoutingContext ctx) {
        ctx.request().pause();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(articles.getHost())
                .setPort(articles.getPort() > 0 ? articles.getPort() : 80)
                .setURI("/articles/batch")
                .putHeader(ServiceHeaders.SERVICE_TOKEN, token)
                .putHeader("X-Request-Id", ctx.request().getHeader("X-Request-Id"));
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null) {
            options.putHeader(HttpHeaders.CONTENT_TYPE, type);
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            options.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        }
        http.request(options)
                .compose(request -> {
                    if (length == null) {
                        request.setChunked(true);
                    }
                    ctx.request().resume();
                    return request.send(ctx.request());
                })
                .onSuccess(answer -> {
                    ctx.response().setStatusCode(answer.statusCode());
                    String answerType = answer.getHeader(HttpHeaders.CONTENT_TYPE);
                    if (answerType != null) {
                        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, answerType);
                    }
                    ctx.response().setChunked(true);
                    answer.pipeTo(ctx.response());
                })
                .onFailure(e -> {
                    LOG.warnf("batch relay to the articles service failed: %s", e.getMessage());
                    if (!ctx.response().headWritten()) {
                        ctx.response().setStatusCode(503).putHeader("Retry-After", "5")
                                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                                .end(io.vertx.core.json.Json.encode(Problem.of(503,
                                        "The articles service is unavailable; try again shortly.", ctx.request().path())));
                    } else {
                        ctx.response().reset();
                    }
                });
    }
}
