package io.dateline.articles.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.articles.ingest.BodyText;
import io.dateline.articles.ingest.InvalidSubmission;
import io.dateline.articles.ingest.SubmissionReader;
import io.dateline.articles.repository.ArticleStore;
import io.dateline.articles.service.IngestService;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * POST /articles/batch: NDJSON in, NDJSON out, streamed both ways. Lines are read as they arrive,
 * a few are ingested at once, and each line's result is written in input order as soon as it is
 * known. A bad line gets its own error result and never fails the others; the body is never held
 * in memory whole.
 */
@ApplicationScoped
public class BatchRoute {

    private static final Logger LOG = Logger.getLogger(BatchRoute.class);
    private static final int IN_FLIGHT = 32;

    private final IngestService ingest;
    private final SubmissionReader reader;
    private final ObjectMapper json;
    private final long maxLineBytes;
    private final long maxBatchBytes;

    public BatchRoute(IngestService ingest, SubmissionReader reader, ObjectMapper json,
                      @ConfigProperty(name = "dateline.http.max-article-bytes") MemorySize maxArticle,
                      @ConfigProperty(name = "dateline.http.max-batch-bytes") MemorySize maxBatch) {
        this.ingest = ingest;
        this.reader = reader;
        this.json = json;
        this.maxLineBytes = maxArticle.asLongValue();
        this.maxBatchBytes = maxBatch.asLongValue();
    }

    void install(@Observes Router router) {
        router.post("/articles/batch").order(-10).handler(this::batch);
    }

    private void batch(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String media = type == null ? "" : type.split(";")[0].trim().toLowerCase();
        if (!media.equals("application/x-ndjson") && !media.equals("application/jsonl")
                && !media.equals("application/json-seq") && !media.equals("application/jsonlines")) {
            ctx.fail(415);
            return;
        }
        new Batch(ctx).start();
    }

    /** One batch request: splits lines, keeps a window of ingests in flight, writes results in order. */
    private final class Batch {
        private final HttpServerRequest request;
        private final HttpServerResponse response;
        private final Context context;
        private final Deque<CompletableFuture<String>> inFlight = new ArrayDeque<>();
        private Buffer pending = Buffer.buffer();
        private boolean skippingLongLine;
        private long lineNumber;
        private long received;
        private boolean ended;
        private boolean paused;

        Batch(RoutingContext ctx) {
            this.request = ctx.request();
            this.response = ctx.response();
            this.context = ctx.vertx().getOrCreateContext();
        }

        void start() {
            response.setChunked(true).putHeader(HttpHeaders.CONTENT_TYPE, "application/x-ndjson");
            request.handler(this::onData);
            request.endHandler(v -> onEnd());
            request.exceptionHandler(e -> {
                LOG.debugf(e, "batch request failed after %d lines", lineNumber);
                ended = true;
                response.reset();
            });
        }

        private void onData(Buffer chunk) {
            received += chunk.length();
            if (received > maxBatchBytes) {
                request.pause();
                ended = true;
                submitResult(CompletableFuture.completedFuture(resultJson(Map.of("line", lineNumber + 1, "status", 413,
                        "error", "The batch is larger than the limit of " + maxBatchBytes + " bytes; lines from here on were not read."))));
                drain();
                return;
            }
            int start = 0;
            for (int i = 0; i < chunk.length(); i++) {
                if (chunk.getByte(i) == '\n') {
                    appendToLine(chunk, start, i);
                    completeLine();
                    start = i + 1;
                }
            }
            appendToLine(chunk, start, chunk.length());
        }

        private void appendToLine(Buffer chunk, int from, int to) {
            if (skippingLongLine || from >= to) {
                return;
            }
            if (pending.length() + (to - from) > maxLineBytes) {
                skippingLongLine = true;
                pending = Buffer.buffer();
                return;
            }
            pending.appendBuffer(chunk, from, to - from);
        }

        private void completeLine() {
            long line = ++lineNumber;
            if (skippingLongLine) {
                skippingLongLine = false;
                submitResult(CompletableFuture.completedFuture(error(line, 413,
                        "The line is larger than the article limit of " + maxLineBytes + " bytes.", null)));
            } else {
                byte[] bytes = pending.getBytes();
                pending = Buffer.buffer();
                submitResult(process(line, bytes));
            }
            if (inFlight.size() >= IN_FLIGHT && !paused) {
                paused = true;
                request.pause();
            }
        }

        private void onEnd() {
            if (pending.length() > 0 || skippingLongLine) {
                completeLine();
            }
            ended = true;
            drain();
        }

        private void submitResult(CompletableFuture<String> result) {
            inFlight.add(result);
            result.whenComplete((r, e) -> context.runOnContext(v -> drain()));
        }

        /** Writes finished results in input order; resumes reading when the window has room. */
        private void drain() {
            while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
                response.write(inFlight.pollFirst().join() + "\n");
            }
            if (paused && inFlight.size() < IN_FLIGHT && !ended) {
                paused = false;
                request.resume();
            }
            if (ended && inFlight.isEmpty() && !response.ended()) {
                response.end();
            }
        }

        private CompletableFuture<String> process(long line, byte[] bytes) {
            try {
                String text = BodyText.decode(bytes).strip();
                if (text.isEmpty()) {
                    return CompletableFuture.completedFuture(error(line, 400, "The line is empty.", null));
                }
                var submission = reader.fromJson(text);
                return ingest.ingest(submission)
                        .map(saved -> ok(line, saved))
                        .onFailure(InvalidSubmission.class).recoverWithItem(e -> invalid(line, (InvalidSubmission) e))
                        .onFailure().recoverWithItem(e -> {
                            LOG.errorf(e, "batch line %d failed", line);
                            return error(line, 500, "The line could not be stored; it has been logged.", null);
                        })
                        .subscribeAsCompletionStage();
            } catch (InvalidSubmission e) {
                return CompletableFuture.completedFuture(invalid(line, e));
            }
        }
    }

    private String ok(long line, ArticleStore.Saved saved) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("line", line);
        r.put("status", saved.outcome() == ArticleStore.Outcome.CREATED ? 201 : 200);
        r.put("id", saved.id().toString());
        if (saved.duplicateOf() != null) {
            r.put("duplicateOf", saved.duplicateOf().toString());
        }
        r.put("outcome", saved.outcome().name().toLowerCase());
        return resultJson(r);
    }

    private String invalid(long line, InvalidSubmission e) {
        return error(line, e.status(), e.getMessage(), e.errors().isEmpty() ? null : e.errors());
    }

    private String error(long line, int status, String message, Object errors) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("line", line);
        r.put("status", status);
        r.put("error", message);
        if (errors != null) {
            r.put("errors", errors);
        }
        return resultJson(r);
    }

    private String resultJson(Map<String, Object> result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
