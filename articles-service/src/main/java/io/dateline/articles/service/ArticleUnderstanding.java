package io.dateline.articles.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.articles.nlp.Annotations;
import io.dateline.articles.nlp.Entity;
import io.dateline.articles.nlp.LanguageIdentifier;
import io.dateline.articles.nlp.Pipeline;
import io.dateline.articles.nlp.PersonRegistry;
import io.dateline.articles.repository.ArticleStore.CatalogEntity;
import io.dateline.articles.repository.EntityCatalogue;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads an article: its language and the nlp pipeline's layers, with each person's spellings
 * folded into one id across articles (the registry starts from the people already catalogued).
 * The models load in the background once the HTTP server listens, so they do not compete with
 * the start itself and the service is ready at once; the first ingests wait for them.
 */
@ApplicationScoped
public class ArticleUnderstanding {

    private static final Logger LOG = Logger.getLogger(ArticleUnderstanding.class);

    /** What reading one article gives; {@code annotations} is their JSON (docs/feed.md), written once here. */
    public record Reading(String language, String annotations, List<CatalogEntity> entities) {
    }

    private final boolean enabled;
    private final ObjectMapper json;
    private final EntityCatalogue catalogue;
    private final CompletableFuture<Pipeline> pipeline = new CompletableFuture<>();
    private final CompletableFuture<LanguageIdentifier> languages = new CompletableFuture<>();
    private final CompletableFuture<PersonRegistry> people = new CompletableFuture<>();

    public ArticleUnderstanding(@ConfigProperty(name = "dateline.nlp.enabled", defaultValue = "true") boolean enabled,
                                ObjectMapper json, EntityCatalogue catalogue) {
        this.enabled = enabled;
        this.json = json;
        this.catalogue = catalogue;
    }

    void load(@ObservesAsync HttpServerStart event, TextWorkers workers) {
        workers.executor().execute(() -> {
            long t0 = System.nanoTime();
            languages.complete(new LanguageIdentifier());
            if (enabled) {
                pipeline.complete(Pipeline.standard());
            }
            LOG.infof("text models loaded in %d ms", (System.nanoTime() - t0) / 1_000_000);
        });
        catalogue.persons().subscribe().with(known -> people.complete(new PersonRegistry(known)),
                failure -> {
                    LOG.warn("could not read the known people; starting with none", failure);
                    people.complete(new PersonRegistry(List.of()));
                });
    }

    /** Runs on a text worker: blocks until the models are loaded. */
    public Reading read(String text, String givenLanguage, LocalDate publicationDate) {
        String language = givenLanguage != null ? givenLanguage : languages.join().identify(text);
        if (!enabled) {
            return new Reading(language, null, List.of());
        }
        Annotations annotations = people.join().canonicalise(pipeline.join().annotate(text, publicationDate));
        return new Reading(language, jsonOf(annotations), catalogueEntries(annotations));
    }

    private String jsonOf(Annotations annotations) {
        try {
            return json.writeValueAsString(annotations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Annotations are plain records and always serialise", e);
        }
    }

    /** One catalogue entry per id: two spellings folded into one person add up. */
    private static List<CatalogEntity> catalogueEntries(Annotations a) {
        Map<String, CatalogEntity> byId = new java.util.LinkedHashMap<>();
        for (Entity e : a.entities()) {
            byId.merge(e.id(), new CatalogEntity(e.id(), e.name(), e.type().name(), e.country(), e.role(), e.affiliation(),
                    e.aliases(), e.mentions().size()), (x, y) -> new CatalogEntity(x.id(), x.name(), x.type(), x.country(),
                    x.role(), x.affiliation(), java.util.stream.Stream.concat(x.aliases().stream(), y.aliases().stream())
                    .distinct().toList(), x.mentions() + y.mentions()));
        }
        return List.copyOf(byId.values());
    }
}
