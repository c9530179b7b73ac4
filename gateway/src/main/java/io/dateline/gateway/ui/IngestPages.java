package io.dateline.gateway.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.gateway.client.ArticlesClient;
import io.dateline.gateway.client.Passthrough;
import io.dateline.gateway.relay.FeedRelay;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Ingest for editors: one pasted page (text or HTML, with an optional url, title and date) through
 * the same ingest call as POST /api/v1/articles, waiting briefly for its events so the reader page
 * shows what was extracted; or an NDJSON file, streamed by the page's script to /ui/ingest/batch.
 */
@Path("/ui/ingest")
@Produces(MediaType.TEXT_HTML)
public class IngestPages {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])");

    private final ArticlesClient articles;
    private final FeedRelay relay;
    private final NewsDesk desk;
    private final Pages pages;
    private final ObjectMapper json;
    private final Duration wait;

    public IngestPages(ArticlesClient articles, FeedRelay relay, NewsDesk desk, Pages pages, ObjectMapper json,
                       @ConfigProperty(name = "dateline.ui.ingest-wait", defaultValue = "15s") Duration wait) {
        this.articles = articles;
        this.relay = relay;
        this.desk = desk;
        this.pages = pages;
        this.json = json;
        this.wait = wait;
    }

    @GET
    public Response form(RoutingContext ctx) {
        if (!Pages.session(ctx).mayIngest()) {
            return forbidden(ctx);
        }
        return page(ctx, 200, new HashMap<>(), "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> ingest(@RestForm String csrf, @RestForm String content, @RestForm String format,
                                @RestForm String url, @RestForm String title, @RestForm String published,
                                RoutingContext ctx) {
        UiSession session = Pages.session(ctx);
        if (!session.mayIngest()) {
            return Uni.createFrom().item(forbidden(ctx));
        }
        if (!SessionCookies.csrfMatches(session, csrf)) {
            return Uni.createFrom().item(pages.error(ctx, 403,
                    "The form's security token is missing or stale; reload the page and try again."));
        }
        Map<String, String> form = new HashMap<>(Map.of("content", orEmpty(content), "format", orEmpty(format),
                "url", orEmpty(url), "title", orEmpty(title), "published", orEmpty(published)));
        if (content == null || content.isBlank()) {
            return Uni.createFrom().item(page(ctx, 422, form, "Paste the page's text or HTML."));
        }
        if (!orEmpty(published).isBlank() && !DAY.matcher(published.strip()).matches()) {
            return Uni.createFrom().item(page(ctx, 422, form, "The date must look like 2022-01-24."));
        }
        byte[] body = body(form).toString().getBytes(StandardCharsets.UTF_8);
        return articles.ingest(MediaType.APPLICATION_JSON, body, new MultivaluedHashMap<>())
                .chain(answer -> answer.status() == 200 || answer.status() == 201 ? stored(answer)
                        : Uni.createFrom().item(page(ctx, 422, form, desk.detail(answer))))
                .onFailure().recoverWithItem(e -> pages.failure(ctx, e));
    }

    /** Waits (briefly) for the events side to read the article, then shows it. */
    private Uni<Response> stored(Passthrough answer) {
        String id = desk.read(answer.body()).path("id").asText();
        String outcome = answer.status() == 201 ? "created" : "existing";
        Uni<Boolean> applied = answer.feedSeq() == null ? Uni.createFrom().item(true)
                : relay.awaitApplied(answer.feedSeq(), wait);
        return applied.map(done -> Response.seeOther(URI.create(Format.path("articles", id) + "?ingested=" + outcome
                + (done ? "" : "-pending"))).build());
    }

    private ObjectNode body(Map<String, String> form) {
        ObjectNode body = json.createObjectNode();
        String content = form.get("content");
        boolean html = form.get("format").equals("html") || (!form.get("format").equals("text") && HTML.matcher(content).find());
        body.put(html ? "html" : "text", content);
        putIfPresent(body, "url", form.get("url"));
        putIfPresent(body, "title", form.get("title"));
        if (!form.get("published").isBlank()) {
            body.put("publishedAt", form.get("published").strip() + "T00:00:00Z");
        }
        return body;
    }

    private Response page(RoutingContext ctx, int status, Map<String, String> form, String error) {
        form.putIfAbsent("content", "");
        form.putIfAbsent("format", "auto");
        form.putIfAbsent("url", "");
        form.putIfAbsent("title", "");
        form.putIfAbsent("published", "");
        return pages.render(ctx, status, "ingest", Map.of("form", form, "error", error));
    }

    private Response forbidden(RoutingContext ctx) {
        return pages.error(ctx, 403, "Ingesting articles needs an editor or admin key; yours is a "
                + Pages.session(ctx).roleName() + " key.");
    }

    private static void putIfPresent(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
