package io.dateline.articles.clean;

import java.util.List;

/** Where the story runs in a page's lines: the densest run of prose (a maximum-sum segment). */
final class StoryBlock {

    /** What a line that is neither prose nor a sentence costs the run of story lines holding it, in characters. */
    private static final int OFF_STORY = 100;

    private StoryBlock() {
    }

    /**
     * The first and last line of the story (the first is prose). The story is the run of lines with
     * the most prose in it: a line of prose counts its length, a short sentence half of it, a line
     * with figures (a table row, a list of dates) or one introducing a list (ending with a colon)
     * nothing, and any other line (a headline, a label, a link) counts against. Known chrome counts
     * nothing, so an ad line inside the story does not cut it.
     */
    static int[] of(List<String> lines, LineRole[] roles) {
        int bestStart = 0;
        int bestEnd = -1;
        long best = Long.MIN_VALUE;
        long sum = 0;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            long weight = weight(lines.get(i), roles[i]);
            sum += weight;
            // a run of neutral lines right after the best run (table rows, ad lines) joins it
            if (sum > best || (sum == best && weight == 0 && i == bestEnd + 1 && start == bestStart)) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
            if (sum < 0) {
                sum = 0;
                start = i + 1;
            }
        }
        while (bestStart < bestEnd && !(roles[bestStart] == LineRole.STORY && LineShape.prose(lines.get(bestStart)))) {
            bestStart++;
        }
        return new int[] {bestStart, bestEnd};
    }

    private static long weight(String line, LineRole role) {
        if (role != LineRole.STORY) {
            return 0;
        }
        if (LineShape.prose(line)) {
            return line.length();
        }
        if (line.endsWith(":") || line.chars().anyMatch(Character::isDigit)) {
            return 0;
        }
        return LineShape.endsSentence(line) ? line.length() / 2 : -OFF_STORY;
    }
}
