package io.dateline.articles.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * The text-understanding pipeline: annotators run in order over one {@link Document}, each adding
 * one layer. Thread-safe: models and lexicons are shared, per-thread state lives in the annotators.
 */
public final class Pipeline {

    private static volatile Pipeline standard;

    private final List<Annotator> annotators;

    public Pipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
    }

    /** The standard pipeline, built once (loading the models takes a second or two). */
    public static Pipeline standard() {
        Pipeline p = standard;
        if (p == null) {
            synchronized (Pipeline.class) {
                p = standard;
                if (p == null) {
                    p = build();
                    standard = p;
                }
            }
        }
        return p;
    }

    private static Pipeline build() {
        Abbreviations abbreviations = new Abbreviations();
        Morphology morphology = new Morphology();
        Gazetteer gazetteer = new Gazetteer();
        Roles roles = new Roles();
        NameCues cues = new NameCues();
        return new Pipeline(List.of(
                new SentenceAnnotator(abbreviations),
                new TokenAnnotator(abbreviations),
                new PosAnnotator(new PennTags(morphology)),
                new LemmaAnnotator(morphology),
                new EntityAnnotator(new GazetteerMentions(gazetteer, cues), new CityMentions(new CityNames(), cues),
                        new NameMentions(roles, cues),
                        new PersonCoreference(roles)),
                new TimeAnnotator(times()),
                new QuoteAnnotator(new SpeakerFinder(cues), new ReportedSpeech(new SpeakerFinder(cues), cues)),
                new QuantityAnnotator(new NumberWords())));
    }

    /** Time expressions from the time package; without a publication date, today stands in for it. */
    private static TimeAnnotator.Finder times() {
        io.dateline.articles.nlp.time.TimeExpressionFinder finder = new io.dateline.articles.nlp.time.TimeExpressionFinder();
        return (text, date) -> finder.find(text, date != null ? date : LocalDate.now(java.time.ZoneOffset.UTC));
    }

    public Document process(String text, LocalDate publicationDate) {
        Document document = Document.of(text, publicationDate);
        for (Annotator a : annotators) {
            document = a.annotate(document);
        }
        return document;
    }

    /** Annotates a clean article text; {@code publicationDate} may be null. */
    public Annotations annotate(String text, LocalDate publicationDate) {
        return process(text, publicationDate).annotations();
    }
}
