package io.dateline.articles.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline opening a wire story: "KYIV (Reuters) —", "BEIJING --",
 * "WASHINGTON, Jan 24 (Reuters) -", "Kyiv, Ukraine (AP) —", "(CNN) —".
 *
 * @param place  the place, in title case ("Kyiv"), or null
 * @param agency the agency as written in its list ({@code clean/news-agencies.txt}) or the text, or null
 */
record Dateline(String place, String agency) {

    private static final Set<String> AGENCIES = agencies();
    private static final Set<String> NOT_PLACES = Set.copyOf(CueFile.load("page-text-cues.txt").section("not-places"));
    private static final String DASH = "\\s*(?:—|–|--|-|:)\\s+";
    private static final String DATE = "(?:,\\s*(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?))";
    private static final String AGENCY = "\\((?<agency>[\\p{L}][\\p{L}.\\- ]{0,30})\\)";
    /** An all-capitals place, then an optional date and agency: "NEW YORK, Jan 5 (AP) -". */
    private static final Pattern CAPITALS = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}.'’\\- ]*\\p{Lu}\\.?)(?:,\\s*(?<region>\\p{Lu}[\\p{L}.' ]{1,25}?))?"
            + DATE + "?\\s*(?:" + AGENCY + ")?" + DASH);
    /** A place in ordinary case needs an agency to count: "Kyiv, Ukraine (AP) —". */
    private static final Pattern MIXED = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L}.'’\\-]*(?: \\p{Lu}[\\p{L}.'’\\-]*){0,3})(?:,\\s*(?<region>\\p{Lu}[\\p{L}.' ]{1,25}?))?"
            + DATE + "?\\s*" + AGENCY + DASH);
    private static final Pattern AGENCY_ONLY = Pattern.compile("^" + AGENCY + DASH);

    /** The dateline opening the paragraph, or null. */
    static Dateline read(String paragraph) {
        String text = paragraph.strip();
        for (Pattern p : new Pattern[] {CAPITALS, MIXED, AGENCY_ONLY}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                Dateline found = of(p == AGENCY_ONLY ? null : m.group("place"), m.group("agency"));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Dateline of(String place, String agency) {
        boolean knownAgency = agency != null && AGENCIES.contains(agency.strip().toLowerCase(Locale.ROOT));
        if (agency != null && !knownAgency) {
            return null;
        }
        if (place != null && (LineShape.words(place) > 4 || NOT_PLACES.contains(place.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        return new Dateline(place == null ? null : titleCase(place), agency == null ? null : agency.strip());
    }

    static boolean isAgency(String name) {
        return AGENCIES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean start = true;
        for (char c : place.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '.' || c == '\'' || c == '’';
        }
        return out.toString();
    }

    private static Set<String> agencies() {
        Set<String> agencies = new HashSet<>();
        agencies.addAll(CueFile.load("news-agencies.txt").section(""));
        return agencies;
    }
}
