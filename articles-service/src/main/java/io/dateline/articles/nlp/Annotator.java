package io.dateline.articles.nlp;

/**
 * One step of the pipeline: reads the layers before it and returns the document with one more.
 * Implementations are thread-safe.
 */
public interface Annotator {

    Document annotate(Document document);
}
