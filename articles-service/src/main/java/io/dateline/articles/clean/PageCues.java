package io.dateline.articles.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The cue lists for page text chrome ({@code clean/page-text-cues.txt}). */
final class PageCues {

    private static final CueFile CUES = CueFile.load("page-text-cues.txt");
    private static final Set<String> MENU = new HashSet<>(CUES.section("menu"));
    private static final int MENU_WORDS = MENU.stream().mapToInt(LineShape::words).max().orElse(0);
    private static final List<String> COMMENTS = CUES.section("comments");
    private static final Set<String> COMMENT_COUNTS = new HashSet<>(CUES.section("comment-counts"));
    private static final List<String> SIGNATURES = CUES.section("comment-signatures");
    private static final int SIGNATURE = 12;
    private static final List<String> LISTS = CUES.section("lists");
    /** A list heading is a few words: "Most read", "Most popular diets". */
    private static final int HEADING = 5;
    private static final List<String> PREFIXES = CUES.section("prefixes");
    private static final List<String> CONTAINS = CUES.section("contains");
    private static final List<String> CAPTIONS = CUES.section("captions");
    /** Lines longer than this are prose, whatever cue they start with. */
    private static final int SHORT = 30;

    private PageCues() {
    }

    static boolean menu(String line) {
        // A line has the words of its key: one longer than every menu item is none.
        return LineShape.words(line) <= MENU_WORDS && MENU.contains(LineShape.key(line));
    }

    static boolean opensComments(String line) {
        if (LineShape.words(line) > SHORT) {
            return false;
        }
        String key = LineShape.key(line);
        String[] counted = key.split(" ", 3);
        if (counted.length >= 2 && counted[0].chars().allMatch(Character::isDigit)
                && COMMENT_COUNTS.contains(counted[1])) {
            return true;
        }
        return COMMENTS.stream().anyMatch(key::startsWith) || signature(line);
    }

    /**
     * A commenter's signature: a name with the comment's date ending with "said:", or a one-word
     * handle with "says:" ("He said:" before a quote in a story is no signature).
     */
    private static boolean signature(String line) {
        String lower = line.strip().toLowerCase(java.util.Locale.ROOT);
        int words = LineShape.words(line);
        if (words == 2 && lower.endsWith(" says:")) {
            return !lower.startsWith("he ") && !lower.startsWith("she ") && !lower.startsWith("it ");
        }
        return words <= SIGNATURE && SIGNATURES.stream().anyMatch(lower::endsWith) && DateWords.find(line) != null;
    }

    static boolean listHeading(String line) {
        if (LineShape.words(line) > HEADING || LineShape.endsSentence(line)) {
            return false;
        }
        String key = LineShape.key(line);
        return LISTS.stream().anyMatch(cue -> key.equals(cue) || key.startsWith(cue + " "));
    }

    /** Caption, credit, link or ad line. */
    static boolean chromeLine(String line) {
        String lower = LineShape.withoutBullet(line.strip()).toLowerCase(java.util.Locale.ROOT);
        if (CAPTIONS.stream().anyMatch(lower::startsWith)) {
            return true;
        }
        if (LineShape.words(line) > SHORT) {
            return false;
        }
        return PREFIXES.stream().anyMatch(lower::startsWith) || CONTAINS.stream().anyMatch(lower::contains);
    }
}
