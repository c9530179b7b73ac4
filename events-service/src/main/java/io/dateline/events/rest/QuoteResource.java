package io.dateline.events.rest;

import io.dateline.events.repository.QuoteQueries;
import io.dateline.events.view.QuoteView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes")
public class QuoteResource {

    private final QuoteQueries quotes;

    public QuoteResource(QuoteQueries quotes) {
        this.quotes = quotes;
    }

    @GET
    @Operation(summary = "Quotes, newest first: by speaker (entity id), words, publication dates")
    public Uni<Page<QuoteView>> list(@QueryParam("speaker") String speaker, @QueryParam("q") String q,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Params p = new Params();
        LocalDate fromDay = p.date("from", from);
        LocalDate toDay = p.date("to", to);
        p.range(fromDay, toDay);
        int size = p.limit(limit);
        Keyset k = p.cursor(cursor);
        OffsetDateTime at = p.cursorTime(k);
        p.check();
        QuoteQueries.After after = at == null ? null : new QuoteQueries.After(at, k.id());
        return quotes.list(p.text(speaker), p.text(q), fromDay, toDay, after, size + 1).map(found -> {
            if (found.size() <= size) {
                return new Page<>(found, null);
            }
            QuoteView last = found.get(size - 1);
            return new Page<>(found.subList(0, size), new Keyset(QuoteQueries.sortTime(last).toString(), last.id()).encode());
        });
    }
}
