package io.dateline.articles.nlp.time;

import java.util.List;

/**
 * A match before overlaps are settled: its span and the expressions it yields (none for a name that
 * only blocks others, two for a range). {@code shiftDays} is set for "the day before"-like phrases,
 * whose value waits for the last day named before them.
 */
record Candidate(int start, int end, List<TimeExpression> parts, Integer shiftDays) {

    int length() {
        return end - start;
    }
}
