package io.dateline.events.extract;

import io.dateline.events.feed.AnnotatedArticle;
import io.dateline.events.feed.Entity;
import io.dateline.events.feed.Mention;
import io.dateline.events.feed.TimeExpression;
import java.util.Comparator;
import java.util.List;

/**
 * Picks an article's main event (the first asserted event with an actor in the opening sentences, as news
 * leads put it first) and reads its 5W from the event and the annotations, falling back to the opening
 * sentence's first person or organisation, first time phrase and first place, and the dateline.
 */
final class LeadFinder {

    private static final int OPENING = 3;

    private final Cues cues;

    LeadFinder(Cues cues) {
        this.cues = cues;
    }

    Lead lead(AnnotatedArticle article, List<ExtractedEvent> events) {
        ExtractedEvent main = mainEvent(events);
        String who = main != null && main.actor() != null ? main.actor().name() : firstNamed(article, "PERSON", "ORGANIZATION");
        String what = main != null ? main.summary() : article.article().title();
        TimeExpression time = firstTime(article);
        String when;
        String day;
        if (main != null && main.date() != null && !main.date().fromContext()) {
            when = main.date().text();
            day = main.date().value();
        } else if (time != null) {
            when = time.text();
            day = time.value();
        } else {
            when = null;
            day = article.article().publicationDay().map(Object::toString).orElse(null);
        }
        String where = main != null && main.location() != null ? main.location().text() : null;
        if (where == null && article.article().dateline() != null) {
            where = article.article().dateline().place();
        }
        if (where == null) {
            where = firstNamed(article, "LOCATION", "COUNTRY");
        }
        return new Lead(who, what, when, day, where, null, null, main);
    }

    private static ExtractedEvent mainEvent(List<ExtractedEvent> events) {
        return events.stream()
                .filter(e -> e.evidence().sentenceIndex() < OPENING)
                .min(Comparator.comparingInt((ExtractedEvent e) -> score(e)).thenComparingInt(e -> e.evidence().sentenceIndex()))
                .orElse(events.isEmpty() ? null : events.get(0));
    }

    /** Lower is better: an actor that is an entity, an asserted event, early in the article. */
    private static int score(ExtractedEvent e) {
        int s = e.evidence().sentenceIndex() * 2;
        s += e.actor() == null ? 4 : e.actor().entityId() == null && !e.actor().isCompound() ? 1 : 0;
        s += e.modality() == Modality.ASSERTED ? 0 : 1;
        return s;
    }

    private static TimeExpression firstTime(AnnotatedArticle article) {
        return article.annotations().times().stream().min(Comparator.comparingInt(TimeExpression::start)).orElse(null);
    }

    private static String firstNamed(AnnotatedArticle article, String... types) {
        Mention first = null;
        for (Entity e : article.annotations().entities()) {
            if (List.of(types).contains(e.type())) {
                for (Mention m : e.mentions()) {
                    if (first == null || m.start() < first.start()) {
                        first = m;
                    }
                }
            }
        }
        return first == null ? null : first.text();
    }
}
