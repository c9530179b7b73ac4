package io.dateline.events.extract;

import static io.dateline.events.extract.LeadFinder.adjective;
import static io.dateline.events.extract.LeadFinder.firstInTitle;
import static io.dateline.events.extract.LeadFinder.firstMention;
import static io.dateline.events.extract.LeadFinder.indexOfWord;
import static io.dateline.events.extract.LeadFinder.openingEnd;
import static io.dateline.events.extract.LeadFinder.plainName;

import io.dateline.events.feed.AnnotatedArticle;
import io.dateline.events.feed.Entity;
import io.dateline.events.feed.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The where of a lead: a place the title names (a place entity, or a name the title and text put after
 * "in"/"at"), else the main event's place, else the dateline, else the first place of the opening that is
 * not someone's origin ("a man from Leeds"). A venue no gazetteer knows is widened by the city the text
 * puts it in ("Harbour Hall in Kettleby").
 */
final class LeadPlace {

    private final Cues cues;

    LeadPlace(Cues cues) {
        this.cues = cues;
    }

    /** Where the lead's event happens, widened by its city when the text names one. */
    String of(AnnotatedArticle article, ExtractedEvent main, String title) {
        return withinPlace(article, where(article, main, title));
    }

    private String where(AnnotatedArticle article, ExtractedEvent main, String title) {
        Place place = main == null ? null : main.location();
        Entity inTitle = firstInTitle(article, title, Set.of("LOCATION"));
        if (inTitle != null) {
            return inTitle.name();
        }
        String text = article.article().text() == null ? "" : article.article().text();
        String usedInTitle = null;
        int usedAt = Integer.MAX_VALUE;
        for (String p : placesByUsage(article, title + "\n" + text)) {
            int at = indexOfWord(title, p);
            if (at >= 0 && !SETTING_BEFORE.matcher(title.substring(0, at).toLowerCase(Locale.ROOT)).find()
                    && !mostlyPlace(text, p)) {
                continue;
            }
            if (at >= 0 && at < usedAt) {
                usedInTitle = p;
                usedAt = at;
            }
        }
        if (usedInTitle != null) {
            return usedInTitle;
        }
        if (place != null && (place.entityIds().stream().anyMatch(id -> isType(article, id, "LOCATION"))
                || place.entityIds().isEmpty() && PROPER_PLACE.matcher(place.text()).find()
                && !isNamedNonPlace(article, place.text()))) {
            return place.text();
        }
        String dateline = datelinePlace(article);
        if (dateline != null) {
            return dateline;
        }
        Entity countryInTitle = firstInTitle(article, title, Set.of("COUNTRY"));
        if (countryInTitle != null) {
            return countryInTitle.name();
        }
        Mention local = firstMention(article, Set.of("LOCATION"), true);
        List<String> opening = placesByUsage(article, text.substring(0, Math.min(text.length(), openingEnd(article))));
        int openingAt = opening.isEmpty() ? Integer.MAX_VALUE : indexOfWord(text, opening.get(0));
        if (local != null && local.start() <= openingAt) {
            return local.text();
        }
        if (!opening.isEmpty()) {
            return opening.get(0);
        }
        if (place != null) {
            return place.text();
        }
        Mention country = firstMention(article, Set.of("COUNTRY"), true);
        if (country != null) {
            return country.text();
        }
        Mention anyPlace = firstMentionAnywhere(article, Set.of("LOCATION", "COUNTRY"));
        if (anyPlace != null) {
            return anyPlace.text();
        }
        return null;
    }

    /**
     * A venue the gazetteers do not know, widened by the place the text puts it in: "Harbour Hall" becomes
     * "Harbour Hall in Kettleby" when the text says so.
     */
    private static String withinPlace(AnnotatedArticle article, String where) {
        String text = article.article().text();
        if (where == null || text == null || isPlaceName(article, where)) {
            return where;
        }
        var m = Pattern.compile("\\b" + Pattern.quote(where) + " in ").matcher(text);
        while (m.find()) {
            Mention next = mentionAt(article, m.end());
            if (next != null) {
                return properWords(where) + " in " + next.text();
            }
        }
        return where;
    }

    /** A phrase's capitalised words: "at the Brookfield race track" → "Brookfield". */
    private static String properWords(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String w : phrase.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(out.length() == 0 ? "" : " ").append(w);
            }
        }
        return out.length() == 0 ? phrase : out.toString();
    }

    private static boolean isPlaceName(AnnotatedArticle article, String words) {
        String bare = LEADING_THE.matcher(LEADING_SETTING.matcher(words).replaceFirst("")).replaceFirst("");
        for (Entity e : article.annotations().entities()) {
            if (("LOCATION".equals(e.type()) || "COUNTRY".equals(e.type())) && (bare.equalsIgnoreCase(e.name())
                    || e.aliases().stream().anyMatch(bare::equalsIgnoreCase))) {
                return true;
            }
        }
        return false;
    }

    /** The mention of a place (not a demonym) starting at {@code offset}, or null. */
    private static Mention mentionAt(AnnotatedArticle article, int offset) {
        for (Entity e : article.annotations().entities()) {
            if ("LOCATION".equals(e.type()) || "COUNTRY".equals(e.type())) {
                for (Mention m : e.mentions()) {
                    if (m.start() == offset && (!"COUNTRY".equals(e.type()) || plainName(e, m))) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** "in Seattle", "at Interlagos": a setting preposition and a run of capitalised words. */
    private static final Pattern PROPER_PLACE = Pattern.compile(
            "\\b(in|at|near|outside|inside)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'-]+(?: +\\p{Lu}[\\p{L}'-]+)*)");

    /**
     * True when a name the text puts after "in" or "at" stands there at least as often as elsewhere: a
     * venue ("at Brookfield") rather than a name that once follows "in" ("a champion in Grand Rally").
     */
    private static boolean mostlyPlace(String text, String name) {
        var all = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
        int total = 0;
        int asPlace = 0;
        while (all.find()) {
            total++;
            String before = text.substring(Math.max(0, all.start() - 12), all.start()).toLowerCase(Locale.ROOT);
            asPlace += SETTING_BEFORE.matcher(before).find() ? 1 : 0;
        }
        return asPlace * 2 >= total;
    }

    private static final Pattern SETTING_BEFORE = Pattern.compile("\\b(in|at|near|outside|inside)\\s+(the\\s+)?$");

    /** "LONDON --" or "KYIV (Reuters) -" opening the body, when the feed gave no dateline. */
    private static final Pattern BODY_DATELINE = Pattern.compile(
            "^\\W*(?:Photo\\s+)?(\\p{Lu}[\\p{Lu} .'-]{2,}?)\\s*(?:,[^-—–(]{0,30})?(?:--|—|–|-\\s|\\()");

    private static String datelinePlace(AnnotatedArticle article) {
        if (article.article().dateline() != null && article.article().dateline().place() != null) {
            return article.article().dateline().place();
        }
        String text = article.article().text() == null ? "" : article.article().text();
        var m = BODY_DATELINE.matcher(text.substring(0, Math.min(120, text.length())));
        return m.find() ? m.group(1).trim() : null;
    }

    /**
     * Proper names the text puts after "in", "at", "near" or "outside" ("in Croydon"), in text order:
     * places even when no gazetteer knows them. A name followed by a common noun is a modifier ("outside
     * German consulate"), not a place, when it is one word; an unknown name before a place noun names that
     * place ("near the Millbrook stop").
     */
    private List<String> placesByUsage(AnnotatedArticle article, String text) {
        List<String> places = new ArrayList<>();
        var m = SettingWords.matcher(PROPER_PLACE, text);
        for (int from = 0; SettingWords.find(m, text, from); from = m.end()) {
            String place = m.group(2).replaceFirst("^the\\s+", "");
            boolean modifier = !place.contains(" ") && m.end() + 1 < text.length() && text.charAt(m.end()) == ' '
                    && Character.isLowerCase(text.charAt(m.end() + 1));
            String noun = modifier ? text.substring(m.end() + 1, Math.min(text.length(), m.end() + 30)).split("[^\\p{L}]", 2)[0] : "";
            if (modifier && cues.is("place", noun) && !isKnownName(article, place)) {
                place = place + " " + noun;
                modifier = false;
            }
            if (!modifier && !isNamedNonPlace(article, place) && !places.contains(place)) {
                places.add(place);
            }
        }
        return places;
    }

    private static boolean isKnownName(AnnotatedArticle article, String word) {
        return article.annotations().entities().stream()
                .anyMatch(e -> word.equalsIgnoreCase(e.name()) || e.aliases().stream().anyMatch(word::equalsIgnoreCase));
    }

    private static final Pattern TITLE_OR_OFFICE = Pattern.compile(
            "(?i)^(the\\s+)?(mr|mrs|ms|dr|sir|president|prime|king|queen|prince|pope|general|senator|judge)\\b.*");
    private static final Pattern CALENDAR_WORD = Pattern.compile(
            "(?i).*\\b(january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*");
    private static final Pattern LEADING_SETTING = Pattern.compile("(?i)^(in|at|near|outside|inside)\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");

    /** True when the words name a person or organisation, or a month or weekday, rather than a place. */
    private static boolean isNamedNonPlace(AnnotatedArticle article, String words) {
        if (TITLE_OR_OFFICE.matcher(words).matches() || CALENDAR_WORD.matcher(words).matches()) {
            return true;
        }
        String bare = LEADING_THE.matcher(LEADING_SETTING.matcher(words).replaceFirst("")).replaceFirst("");
        for (Entity e : article.annotations().entities()) {
            if (("PERSON".equals(e.type()) || "ORGANIZATION".equals(e.type())) && (bare.equalsIgnoreCase(e.name())
                    || e.aliases().stream().anyMatch(bare::equalsIgnoreCase))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isType(AnnotatedArticle article, String id, String type) {
        return article.annotations().entities().stream().anyMatch(e -> e.id().equals(id) && type.equals(e.type()));
    }

    private static Mention firstMentionAnywhere(AnnotatedArticle article, Set<String> types) {
        Mention first = null;
        for (Entity e : article.annotations().entities()) {
            for (Mention m : types.contains(e.type()) ? e.mentions() : List.<Mention>of()) {
                if (!adjective(article, m) && plainName(e, m) && (first == null || m.start() < first.start())) {
                    first = m;
                }
            }
        }
        return first;
    }
}
