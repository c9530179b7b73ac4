package io.dateline.events.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text puts a name after "in", "at", "near" or "outside" ("in (the) Croydon"), as places are. The
 * places in the text where such a word starts are found once, so asking about each of an article's name runs
 * tries the phrase only there instead of scanning the whole text again.
 */
final class PlacePhrases {

    private static final Pattern PLACE_WORD = Pattern.compile("\\b(in|at|near|outside)\\s+");

    private final String text;
    private int[] starts;

    PlacePhrases(String text) {
        this.text = text;
    }

    /** True when some "in|at|near|outside (the) {@code name}" in the text ends at a word boundary. */
    boolean usedAsPlace(String name) {
        Matcher m = Pattern.compile("\\b(in|at|near|outside)\\s+(the\\s+)?" + Pattern.quote(name) + "\\b")
                .matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int start : starts()) {
            if (m.region(start, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Every index where the phrase can begin: a match found anywhere begins at one of these. */
    private int[] starts() {
        if (starts == null) {
            List<Integer> found = new ArrayList<>();
            Matcher m = SettingWords.matcher(PLACE_WORD, text);
            int from = 0;
            while (SettingWords.find(m, text, from)) {
                found.add(m.start());
                from = m.start() + 1;
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }
        return starts;
    }
}
