package io.dateline.events.extract;

import io.dateline.events.feed.AnnotatedArticle;
import io.dateline.events.feed.Entity;
import io.dateline.events.feed.Mention;
import io.dateline.events.feed.Sentence;
import io.dateline.events.feed.TimeExpression;
import io.dateline.events.feed.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Picks an article's main event and reads its 5W. News puts the main event in the headline and the
 * opening sentences, so the main event is the one, among the opening sentences' events, whose sentence
 * shares most words with the title, has an actor and is asserted. Who is the person or organisation the
 * title opens with, else its actor when the title names it, else a name the title repeats, else its actor
 * or, for an agentless passive, its victims; what is the event's predicate, else the headline's; when is its own time phrase, else a day named in the
 * opening sentences, else the publication day; where is read by {@link LeadPlace}.
 */
final class LeadFinder {

    private static final int OPENING = 3;
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "and", "for",
            "from", "with", "by", "as", "is", "was", "are", "after", "over", "his", "her", "its", "their");

    private final Cues cues;
    /** Every why cue in one pattern: its leftmost match is the earliest cue. */
    private final Pattern whyCues;
    private final LeadPlace place;

    LeadFinder(Cues cues) {
        this.cues = cues;
        this.whyCues = cues.words("why").isEmpty() ? Pattern.compile("(?!)") : Pattern.compile("\\b(?:" + cues.words("why")
                .stream().map(cue -> Pattern.quote(cue.replace('_', ' '))).collect(java.util.stream.Collectors.joining("|")) + ")\\b");
        this.place = new LeadPlace(cues);
    }

    Lead lead(AnnotatedArticle article, List<ExtractedEvent> events) {
        String title = article.article().title() == null ? "" : article.article().title();
        ExtractedEvent main = mainEvent(events, words(title));
        String who = who(article, main, title);
        String what = main == null ? titlePredicate(title, who) : predicate(main);
        String[] when = when(article, main);
        String where = place.of(article, main, title);
        return new Lead(who, what, when[0], when[1], where, why(main), null, main);
    }

    private ExtractedEvent mainEvent(List<ExtractedEvent> events, Set<String> titleWords) {
        return events.stream()
                .filter(e -> e.evidence().sentenceIndex() < OPENING || titleWords.isEmpty())
                .filter(e -> e.actor() == null || !isPress(e.actor().name()))
                .min(Comparator.comparingDouble((ExtractedEvent e) -> -score(e, titleWords))
                        .thenComparingInt(e -> e.evidence().sentenceIndex()))
                .orElse(null);
    }

    /** Higher is better: title words in the evidence sentence, an actor that is an entity, an asserted event, early. */
    private static double score(ExtractedEvent e, Set<String> titleWords) {
        Set<String> shared = words(e.evidence().text());
        shared.retainAll(titleWords);
        double s = shared.size() - e.evidence().sentenceIndex();
        s += e.actor() == null ? -3 : e.actor().entityId() != null || e.actor().isCompound() ? 1 : 0;
        s += e.modality() == Modality.ASSERTED ? 1 : 0;
        return s;
    }

    private String who(AnnotatedArticle article, ExtractedEvent main, String title) {
        Participant actor = main == null || main.actor() == null || isPress(main.actor().name()) ? null : main.actor();
        Entity named = firstInTitle(article, title, Set.of("PERSON", "ORGANIZATION"));
        boolean opensTitle = named != null && !isPress(named.name()) && titleStartsWith(title, named);
        if (actor != null && (actor.entityId() != null || actor.isCompound()) && namedIn(article, title, actor)
                && (!opensTitle || actor.parts().stream().anyMatch(p -> named.id().equals(p.entityId())))) {
            return actor.name();
        }
        if (named != null && !isPress(named.name())) {
            return named.name();
        }
        PlacePhrases places = new PlacePhrases(article.article().text());
        List<String> runs = nameRuns(article, OPENING, places, run -> true);
        for (String run : runs) {
            if (contains(title, run)) {
                return run;
            }
        }
        // a full name the title repeats, however late the text gives it ("Ana Lind")
        List<String> repeated = nameRuns(article, Integer.MAX_VALUE, places,
                run -> run.contains(" ") && title.contains(run));
        if (!repeated.isEmpty()) {
            return repeated.get(0);
        }
        if (actor != null) {
            return actor.name();
        }
        if (main != null && main.actor() == null && main.recipient() != null && !isPress(main.recipient().name())) {
            return main.recipient().name();
        }
        Mention m = firstMention(article, Set.of("PERSON", "ORGANIZATION"), false);
        if (m != null && !isPress(m.text())) {
            return m.text();
        }
        return runs.isEmpty() ? null : runs.get(0);
    }

    /** A headline's subject: the title opens with the entity's name or alias ("Mara Olsen blames ..."). */
    private static boolean titleStartsWith(String title, Entity e) {
        int at = indexOfWord(title, e.name());
        for (String alias : e.aliases()) {
            int a = indexOfWord(title, alias);
            at = at < 0 || (a >= 0 && a < at) ? a : at;
        }
        return at >= 0 && title.substring(0, at).isBlank();
    }

    /** True when the title names the participant, or one of its members, by name or alias. */
    private static boolean namedIn(AnnotatedArticle article, String title, Participant p) {
        for (Participant part : p.parts()) {
            if (contains(title, part.name())) {
                return true;
            }
            for (Entity e : article.annotations().entities()) {
                if (e.id().equals(part.entityId()) && e.aliases().stream().anyMatch(a -> contains(title, a))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isPress(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (cues.is("press", w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs of proper nouns in the opening sentences that name no place or nationality ("Max Verstappen"),
     * for names the entity annotator did not know; only those {@code wanted} (checked first, as it is cheaper).
     */
    private List<String> nameRuns(AnnotatedArticle article, int sentenceCount, PlacePhrases places,
                                  Predicate<String> wanted) {
        List<String> runs = new ArrayList<>();
        List<Sentence> sentences = article.annotations().sentences();
        String text = article.article().text();
        for (int i = 0; i < Math.min(sentenceCount, sentences.size()); i++) {
            List<Token> tokens = sentences.get(i).tokens();
            int start = -1;
            for (int j = 0; j <= tokens.size(); j++) {
                boolean proper = j < tokens.size() && tokens.get(j).pos() != null && tokens.get(j).pos().startsWith("NNP")
                        && !inPlace(article, tokens.get(j));
                if (proper && start < 0) {
                    start = j;
                } else if (!proper && start >= 0) {
                    String run = text.substring(tokens.get(start).start(), tokens.get(j - 1).end());
                    if (wanted.test(run) && isName(tokens, start, j) && !places.usedAsPlace(run)) {
                        runs.add(run);
                    }
                    start = -1;
                }
            }
        }
        return runs;
    }

    /**
     * A run names someone when it is not the press, a day or month, a place phrase ("in Croydon") or
     * the tail of a capitalised adjective phrase ("Grand Prix"), and a lone word does not open its sentence.
     */
    private boolean isName(List<Token> tokens, int start, int end) {
        String first = Words.lower(tokens.get(start).text());
        String before = start > 0 ? Words.lower(tokens.get(start - 1).text()) : "";
        String beforePos = start > 0 && tokens.get(start - 1).pos() != null ? tokens.get(start - 1).pos() : "";
        boolean lone = end - start == 1;
        return !isPress(tokens.get(start).text()) && !cues.is("calendar", first) && !cues.is("setting", before)
                && !(beforePos.startsWith("JJ") && Character.isUpperCase(tokens.get(start - 1).text().charAt(0)))
                && !(lone && (start == 0 || !Character.isLetter(first.charAt(0)) || first.matches(".*\\d.*")));
    }

    private static boolean inPlace(AnnotatedArticle article, Token t) {
        for (Entity e : article.annotations().entities()) {
            if ("LOCATION".equals(e.type()) || "COUNTRY".equals(e.type())) {
                for (Mention m : e.mentions()) {
                    if (t.start() >= m.start() && t.end() <= m.end()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Why, when the main event's sentence gives a reason after a cue ("because of", "in protest against"). */
    private String why(ExtractedEvent main) {
        if (main == null) {
            return null;
        }
        String sentence = main.evidence().text();
        var m = whyCues.matcher(sentence.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        int best = m.start();
        String reason = sentence.substring(best).split("[,;.]", 2)[0].trim();
        return reason.split("\\s+").length > 1 ? reason : null;
    }

    /**
     * Without a main event, what the headline says happened: its words after who, up to the first clause
     * cue ("Fisherman found safe on island after search" → "found safe on island").
     */
    private static String titlePredicate(String title, String who) {
        String rest = title;
        int at = who == null ? -1 : indexOfWord(title, who);
        if (at >= 0) {
            rest = title.substring(at + who.length()).trim();
            // the rest of the subject: "[Ana Lind] and Jon Berg open ...", "[Harbour Board] chief Mara Olsen hails ..."
            rest = TITLE_SUBJECT_TAIL.matcher(rest).replaceFirst("");
        }
        String cut = TITLE_CLAUSE_END.split(rest, 2)[0].replaceAll("^[\\s:,'-]+", "").trim();
        return cut.split("\\s+").length >= 2 ? cut : title;
    }

    private static final Pattern TITLE_SUBJECT_TAIL = Pattern.compile("^(?:and\\s+|\\p{Ll}+\\s+)(?:\\p{Lu}\\p{Ll}[\\p{L}'.-]*\\s+)+");

    private static final Pattern TITLE_CLAUSE_END = Pattern.compile(
            "\\s+(?:after|as|amid|before|following|over|despite|while|because)\\s+|[:;,|—–]|\\s-\\s");

    /** What the actor does: the summary without the actor in front, the place and the modality note. */
    private static String predicate(ExtractedEvent e) {
        String s = e.summary();
        if (e.actor() != null && s.startsWith(e.actor().name())) {
            s = s.substring(e.actor().name().length());
        }
        if (e.location() != null) {
            s = s.replace(e.location().text(), "");
        }
        return s.replaceAll("\\s*\\([a-z]+\\)$", "").replaceAll("\\s+", " ").trim();
    }

    /** The when phrase and its ISO value. */
    private static String[] when(AnnotatedArticle article, ExtractedEvent main) {
        if (main != null && main.date() != null && !main.date().fromContext()) {
            return new String[] {main.date().text(), main.date().value()};
        }
        int openingEnd = openingEnd(article);
        LocalDate published = article.article().publicationDay().orElse(null);
        for (TimeExpression t : article.annotations().times()) {
            if (t.start() < openingEnd && "DAY".equals(t.granularity())
                    && (published == null || !LocalDate.parse(t.value()).isAfter(published))) {
                return new String[] {t.text(), t.value()};
            }
        }
        return new String[] {null, published == null ? null : published.toString()};
    }

    /** The entity of one of {@code types} whose name or alias comes first in the title. */
    static Entity firstInTitle(AnnotatedArticle article, String title, Set<String> types) {
        Entity best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Entity e : article.annotations().entities()) {
            if (!types.contains(e.type())) {
                continue;
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names) {
                int at = indexOfWord(title, n);
                if (at >= 0 && at < bestAt && !isNationality(n)) {
                    best = e;
                    bestAt = at;
                }
            }
        }
        return best;
    }

    /** The first mention, in the opening sentences, of an entity of one of {@code types}; nouns only if asked. */
    static Mention firstMention(AnnotatedArticle article, Set<String> types, boolean nounsOnly) {
        int openingEnd = openingEnd(article);
        Mention first = null;
        for (Entity e : article.annotations().entities()) {
            if (!types.contains(e.type())) {
                continue;
            }
            for (Mention m : e.mentions()) {
                boolean noun = !nounsOnly || !adjective(article, m) && !origin(article, m)
                        && (!"COUNTRY".equals(e.type()) || plainName(e, m));
                if (m.start() < openingEnd && noun && (first == null || m.start() < first.start())) {
                    first = m;
                }
            }
        }
        return first;
    }

    /** A country named by its name or an upper-case code ("US"), not a demonym ("Dane"). */
    static boolean plainName(Entity e, Mention m) {
        return m.text().equalsIgnoreCase(e.name()) || m.text().equals(m.text().toUpperCase(Locale.ROOT));
    }

    /** "a father from Leeds": where someone comes from, not where the event happens. */
    private static boolean origin(AnnotatedArticle article, Mention m) {
        String text = article.article().text();
        return text != null && text.substring(Math.max(0, m.start() - 5), m.start()).toLowerCase(Locale.ROOT).endsWith("from ");
    }

    static boolean adjective(AnnotatedArticle article, Mention m) {
        for (Sentence s : article.annotations().sentences()) {
            for (Token t : s.tokens()) {
                if (t.start() >= m.start() && t.end() <= m.end()) {
                    return t.pos() != null && t.pos().startsWith("JJ");
                }
            }
        }
        return false;
    }

    private static boolean isNationality(String name) {
        return name.matches(".*(ian|ish|ese|ean|ic|i)$") && !name.contains(" ");
    }

    static int openingEnd(AnnotatedArticle article) {
        List<Sentence> sentences = article.annotations().sentences();
        return sentences.isEmpty() ? Integer.MAX_VALUE : sentences.get(Math.min(OPENING, sentences.size()) - 1).end();
    }

    private static boolean contains(String text, String name) {
        return indexOfWord(text, name) >= 0;
    }

    static int indexOfWord(String text, String name) {
        if (text == null || name == null || name.isBlank()) {
            return -1;
        }
        var m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
