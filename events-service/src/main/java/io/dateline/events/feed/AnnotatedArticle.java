package io.dateline.events.feed;

/** What the event extractor reads: an article and the annotations of its text. */
public record AnnotatedArticle(Article article, Annotations annotations) {

    public AnnotatedArticle {
        annotations = annotations == null ? new Annotations(null, null, null, null, null) : annotations;
    }
}
