package io.dateline.events.cluster;

import java.util.regex.Pattern;

/**
 * Judges and tidies article headlines for use as a story title: site names appended after a bar or dash
 * are cut, and cut-off or very short headlines are preferred less.
 */
final class HeadlineQuality {

    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+((?:\\p{Lu}[\\p{L}.&']*|and|of|the)"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}.&']*|and|of|the)){0,4})\\s*$");
    private static final Pattern BAR_SUFFIX = Pattern.compile("\\s+\\|\\s+[^|]*$");

    private HeadlineQuality() {
    }

    /** The headline without appended site names, unless that would leave fewer than four words. */
    static String clean(String headline) {
        String h = headline.strip();
        while (true) {
            String cut = SITE_SUFFIX.matcher(BAR_SUFFIX.matcher(h).replaceFirst("")).replaceFirst("");
            if (cut.equals(h) || words(cut) < 4) {
                return h;
            }
            h = cut;
        }
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** 1 for a full headline; less for one cut off with an ellipsis or of fewer than four words. */
    static double weight(String headline) {
        String h = clean(headline);
        if (h.isBlank()) {
            return 0;
        }
        double w = 1;
        if (h.endsWith("...") || h.endsWith("…")) {
            w *= 0.5;
        }
        if (words(h) < 4) {
            w *= 0.5;
        }
        return w;
    }
}
