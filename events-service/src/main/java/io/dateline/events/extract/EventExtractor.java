package io.dateline.events.extract;

import io.dateline.events.feed.AnnotatedArticle;
import io.dateline.events.feed.Annotations;
import io.dateline.events.feed.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PLOVER-coded events from an annotated article: lexicon triggers per sentence, then roles,
 * stance, attribution, place, date and amount for each. Plain Java; one instance is thread-safe.
 *
 * <pre>List&lt;ExtractedEvent&gt; events = EventExtractor.standard().extract(article);</pre>
 */
public final class EventExtractor {

    private static final int CLAUSE_REACH = 20;

    private final Lexicon lexicon;
    private final Cues cues;
    private final TriggerFinder triggers;
    private final LeadFinder leads;

    EventExtractor(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.triggers = new TriggerFinder(lexicon, cues);
        this.leads = new LeadFinder(cues);
    }

    /** The extractor with the lexicon and cue lists shipped in the resources. */
    public static EventExtractor standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final EventExtractor STANDARD = new EventExtractor(Lexicon.standard(), Cues.standard());
    }

    /** Every event the article's sentences state, plan, consider, deny or suppose, in text order. */
    public List<ExtractedEvent> extract(AnnotatedArticle article) {
        Annotations a = article.annotations();
        String text = article.article().text() == null ? "" : article.article().text();
        LocalDate published = article.article().publicationDay().orElse(null);
        ArticleReading reading = new ArticleReading(article, new ParticipantFactory(a.entities()), published);
        List<ExtractedEvent> events = new ArrayList<>();
        for (int i = 0; i < a.sentences().size(); i++) {
            Sentence sentence = a.sentences().get(i);
            if (sentence.tokens().isEmpty()) {
                continue;
            }
            SentenceView view = new SentenceView(i, sentence, text, a.entities());
            for (Trigger t : triggers.find(view)) {
                if (!insideName(view, t)) {
                    events.add(reading.event(view, t));
                }
            }
        }
        return events;
    }

    /** The article's main event as who / what / when / where (Giveme5W1H's 5W). */
    public Lead lead(AnnotatedArticle article) {
        return lead(article, extract(article));
    }

    /** The lead from events already extracted from the same article (saves a second extraction). */
    public Lead lead(AnnotatedArticle article, List<ExtractedEvent> events) {
        return leads.lead(article, events);
    }

    /** A trigger wholly inside a name ("Human Rights Watch", "Defense Secretary") is no event. */
    private static boolean insideName(SentenceView s, Trigger t) {
        for (int i : t.tokens()) {
            if (s.entity(i) == null) {
                return false;
            }
        }
        return true;
    }

    /** The per-article state: participants, the publication date and the last actor (for pronouns). */
    private final class ArticleReading {
        private final AnnotatedArticle article;
        private final ParticipantFactory participants;
        private final LocalDate published;
        private final RoleFinder roles;
        private final Attribution attribution;
        private Participant lastActor;

        ArticleReading(AnnotatedArticle article, ParticipantFactory participants, LocalDate published) {
            this.article = article;
            this.participants = participants;
            this.published = published;
            this.roles = new RoleFinder(cues, participants);
            this.attribution = new Attribution(cues, roles, participants);
        }

        ExtractedEvent event(SentenceView s, Trigger t) {
            int head = t.head(s);
            int clauseEnd = triggers.clauseEnd(s, t.last() + 1, CLAUSE_REACH);
            Participant actor;
            Participant recipient;
            if (isPassive(s, head) && !t.entry().has("mutual")) {
                recipient = roles.subject(s, head, lastActor);
                actor = roles.agent(s, head, clauseEnd);
            } else {
                actor = roles.subject(s, t.first() < head ? t.first() : head, lastActor);
                recipient = roles.recipient(s, head, clauseEnd, actor);
            }
            lastActor = actor != null && actor.entityId() != null ? actor : lastActor;
            Stance stance = new StanceReader(cues).read(s, t, head, clauseStart(s, Math.min(head, t.first())));
            Place place = new PlaceFinder(cues).find(s, head, clauseEnd);
            EventDate date = new DateFinder().find(s, head, article.annotations().times(), published);
            Amount amount = new AmountFinder(cues).find(s, head, clauseEnd, article.annotations().quantities());
            Participant reporter = attribution.reporter(s, head, article.annotations().quotes());
            String summary = new SummaryWriter().write(s, t, head, actor, recipient, place, stance);
            Evidence evidence = new Evidence(article.article().id(), s.index(), s.text());
            PloverConventions.Coding coded = PloverConventions.code(t.entry().type(), t.entry().mode(), stance, actor,
                    recipient, reporter);
            return new ExtractedEvent(coded.type(), coded.mode(), actor, recipient, place, date, amount,
                    stance.negated(), stance.modality(), reporter, s.span(t.first(), t.last() + 1), evidence, summary);
        }

        /** "were killed", "have been expelled", and the reduced relative "three people killed (in ...)". */
        private boolean isPassive(SentenceView s, int head) {
            if (!s.pos(head).equals("VBN")) {
                return false;
            }
            if (head > 0 && s.pos(head - 1).startsWith("NN") && head + 1 < s.size() && !s.pos(head + 1).startsWith("NN")
                    && !s.pos(head + 1).equals("DT")) {
                return true;
            }
            for (int j = head - 1; j >= Math.max(0, head - 3); j--) {
                if (s.lemma(j).equals("be") || cues.is("be", s, j)) {
                    return true;
                }
                if (!(s.pos(j).startsWith("RB") || s.pos(j).equals("VBN"))) {
                    return false;
                }
            }
            return false;
        }

        /** The first token of the clause {@code i} is in: after the last hard break or clause-break word. */
        private int clauseStart(SentenceView s, int i) {
            for (int j = i - 1; j >= 0; j--) {
                if (s.isHardBreak(j) || cues.is("break", s, j)) {
                    return j + 1;
                }
            }
            return 0;
        }
    }
}
