package io.dateline.articles.rest;

import io.dateline.articles.repository.FeedLog;
import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.UUID;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ordered change log the events side reads (docs/feed.md). */
@Path("/feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feed")
public class FeedResource {

    private final FeedLog feed;

    public FeedResource(FeedLog feed) {
        this.feed = feed;
    }

    @GET
    @Operation(summary = "Feed entries after a sequence number",
            description = "Entries in seq order with the article and its annotations. A reader keeps the seq of the "
                    + "last entry it applied and asks for after=<that>; no entry is ever skipped by a late commit.")
    public Uni<FeedPage> entries(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
                                 @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return feed.after(after, limit).map(entries -> new FeedPage(
                entries.stream().map(FeedResource::view).toList(),
                entries.isEmpty() ? after : entries.get(entries.size() - 1).seq()));
    }

    @GET
    @Path("/head")
    @Operation(summary = "The highest sequence number written so far")
    public Uni<Head> head() {
        return feed.head().map(Head::new);
    }

    /** The feed's newest seq. */
    public record Head(long seq) {
    }

    /** A page of the feed and the seq to ask after next. */
    public record FeedPage(List<EntryView> entries, long lastSeq) {
    }

    /**
     * One change: the article's current state and annotations, or nulls once it is deleted. The
     * annotations go out as stored, already JSON: neither parsed nor written again.
     */
    public record EntryView(long seq, String kind, UUID articleId, Integer version, OffsetDateTime recordedAt,
                            ArticleView article,
                            @Schema(type = SchemaType.OBJECT, description = "the annotated-article layers (docs/feed.md)")
                            @JsonRawValue String annotations) {
    }

    static EntryView view(FeedLog.Entry e) {
        return new EntryView(e.seq(), e.kind(), e.articleId(), e.version(), e.recordedAt(),
                e.article() == null ? null : ArticleView.of(e.article()),
                e.annotations());
    }
}
