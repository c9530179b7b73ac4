package io.dateline.events.extract;

import java.util.regex.Pattern;

/**
 * Writes an event's one-line summary from its parts: actor, verb (present tense), object, place and
 * modality, as in "Denmark deploys a frigate to the Baltic Sea (planned)".
 */
final class SummaryWriter {

    private static final int OBJECT_REACH = 7;

    String write(SentenceView s, Trigger trigger, int head, Participant actor, Participant recipient, Place place,
                 Stance stance) {
        StringBuilder out = new StringBuilder(actor == null ? "Someone" : actor.name());
        boolean plural = actor != null && actor.isCompound();
        int verb = s.hasPos(head, 'V') ? head : governingVerb(s, head);
        String object = verb < 0 ? "" : objectText(s, verb, place);
        String predicate;
        if (verb < 0) {
            predicate = verbForm(trigger.entry().type().verb(), stance.negated(), plural) + " "
                    + s.span(trigger.first(), trigger.last() + 1);
        } else {
            String lemma = trigger.lemmaOf(verb) != null ? trigger.lemmaOf(verb) : s.lemma(verb);
            boolean negatedTrigger = trigger.first() < verb && trigger.entry().type() == PloverType.REJECT;
            predicate = verbForm(lemma, stance.negated() || negatedTrigger, plural) + object;
        }
        out.append(' ').append(predicate.trim());
        String text = out.toString();
        boolean bareVerb = verb >= 0 && object.isEmpty();
        if (recipient != null && bareVerb && !text.contains(recipient.name())) {
            out.append(' ').append(recipient.name());
        }
        if (place != null && !text.contains(place.text())) {
            out.append(' ').append(place.text());
        }
        if (stance.modality() != Modality.ASSERTED) {
            out.append(" (").append(stance.modality().label()).append(')');
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    /** The verb a noun trigger is the object of ("staged a hunger strike"), or -1. */
    private static int governingVerb(SentenceView s, int head) {
        for (int j = head - 1; j >= Math.max(0, head - 4); j--) {
            if (s.hasPos(j, 'V')) {
                return s.lemma(j).equals("be") ? -1 : j;
            }
            if (s.entity(j) != null || s.isPunctuation(j)) {
                return -1;
            }
        }
        return -1;
    }

    private static String objectText(SentenceView s, int verb, Place place) {
        int end = verb + 1;
        boolean noun = false;
        while (end < s.size() && end <= verb + OBJECT_REACH) {
            String p = s.pos(end);
            boolean preposition = p.equals("IN") || (p.equals("TO") && end + 1 < s.size() && !s.hasPos(end + 1, 'V'));
            if (s.isPunctuation(end) || p.equals("CC") || p.startsWith("W") || (noun && preposition)) {
                break;
            }
            if (place != null && s.span(end, s.size()).startsWith(place.text())) {
                break;
            }
            noun |= p.startsWith("NN") || p.equals("PRP");
            end++;
        }
        String object = asInRunningText(s, verb + 1, end);
        return object.isEmpty() ? "" : " " + object;
    }

    /**
     * The words as written, except in a headline set in title case ("Gunmen Kill At Least 12 Villagers"), where a
     * capitalised word that names no entity is written as running text would ("at least 12 villagers").
     */
    private static String asInRunningText(SentenceView s, int from, int to) {
        String span = s.span(from, to);
        if (span.isEmpty() || !titleCased(s)) {
            return span;
        }
        StringBuilder out = new StringBuilder(span);
        int base = s.startOffset(from);
        for (int i = from; i < to; i++) {
            String word = s.token(i).text();
            int at = s.startOffset(i) - base;
            if (s.entity(i) == null && capitalised(word) && at >= 0 && at < out.length()) {
                out.setCharAt(at, Character.toLowerCase(word.charAt(0)));
            }
        }
        return out.toString();
    }

    /** Every word of four letters or more capitalised, and at least three such words. */
    private static boolean titleCased(SentenceView s) {
        int words = 0;
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).text();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                words++;
            }
        }
        return words >= 3;
    }

    /** Upper case first, lower case after (an acronym such as "UN" or "COVID" keeps its capitals). */
    private static boolean capitalised(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String verbForm(String lemma, boolean negated, boolean plural) {
        String[] words = lemma.split(" ", 2);
        String rest = words.length > 1 ? " " + words[1] : "";
        if (negated) {
            return (plural ? "do not " : "does not ") + words[0] + rest;
        }
        return (plural ? words[0] : thirdPerson(words[0])) + rest;
    }

    private static final Pattern SIBILANT_END = Pattern.compile(".*(s|sh|ch|x|z|o)");
    private static final Pattern CONSONANT_Y_END = Pattern.compile(".*[^aeiou]y");

    static String thirdPerson(String verb) {
        if (verb.equals("be")) {
            return "is";
        }
        if (verb.equals("have")) {
            return "has";
        }
        if (SIBILANT_END.matcher(verb).matches()) {
            return verb + "es";
        }
        if (CONSONANT_Y_END.matcher(verb).matches()) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }
}
