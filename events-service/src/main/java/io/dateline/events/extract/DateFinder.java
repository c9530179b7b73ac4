package io.dateline.events.extract;

import io.dateline.events.feed.TimeExpression;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

/**
 * Dates an event by the time expression of its sentence nearest to the trigger; without one, by the
 * publication date, one step coarser (its ISO week), since the article only says it happened around then.
 */
final class DateFinder {

    EventDate find(SentenceView s, int head, List<TimeExpression> times, LocalDate published) {
        int sentenceStart = s.startOffset(0);
        int sentenceEnd = s.token(s.size() - 1).end();
        int anchor = s.startOffset(head);
        TimeExpression best = null;
        for (TimeExpression t : times) {
            if (t.start() >= sentenceStart && t.end() <= sentenceEnd && t.value() != null
                    && (best == null || Math.abs(t.start() - anchor) < Math.abs(best.start() - anchor))) {
                best = t;
            }
        }
        if (best != null) {
            return new EventDate(best.value(), best.granularity(), best.text(), false);
        }
        return published == null ? null : weekOf(published);
    }

    static EventDate weekOf(LocalDate day) {
        String value = String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new EventDate(value, "WEEK", null, true);
    }
}
