package io.dateline.gateway.ui;

import io.dateline.gateway.client.ServiceUnavailableException;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

/**
 * Renders the UI's Qute templates (templates/ui/*.html, escaped by default) with the session the
 * door admitted, and turns failures into an error page instead of problem+json.
 */
@ApplicationScoped
public class Pages {

    private static final Logger LOG = Logger.getLogger(Pages.class);
    private static final String HTML = "text/html; charset=utf-8";

    private final Engine engine;

    public Pages(Engine engine) {
        this.engine = engine;
    }

    /**
     * A page for answers given before any template can be, by the HTTP layer or the door. The
     * heading and message are fixed strings of ours: nothing from the request is written back.
     */
    public static String plain(String heading, String message) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + heading
                + " · Dateline</title><link rel=\"stylesheet\" href=\"/ui/assets/ui.css\"></head><body><main><h1>"
                + heading + "</h1><p>" + message + "</p><p><a href=\"/ui/search\">Back to search</a></p></main></body></html>";
    }

    public static UiSession session(RoutingContext ctx) {
        return ctx.get(UiSession.ATTRIBUTE);
    }

    public Response render(RoutingContext ctx, String view, Map<String, ?> data) {
        return render(ctx, 200, view, data);
    }

    public Response render(RoutingContext ctx, int status, String view, Map<String, ?> data) {
        TemplateInstance page = engine.getTemplate("ui/" + view).instance();
        data.forEach(page::data);
        page.data("session", ctx == null ? null : session(ctx));
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    public Response error(RoutingContext ctx, int status, String message) {
        return render(ctx, status, "error", Map.of("status", status, "message", message));
    }

    /** Any failure while building a page: a service down, a page that does not exist, a bug. */
    public Response failure(RoutingContext ctx, Throwable e) {
        if (e instanceof PageProblem p) {
            return error(ctx, p.status(), p.getMessage());
        }
        if (e instanceof ServiceUnavailableException || e instanceof FaultToleranceException) {
            return error(ctx, 503, "A service behind the gateway is unavailable; try again shortly.");
        }
        LOG.errorf(e, "UI page %s failed", ctx == null ? "?" : ctx.request().path());
        return error(ctx, 500, "Something went wrong building this page; it has been logged.");
    }
}
