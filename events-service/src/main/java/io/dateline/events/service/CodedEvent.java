package io.dateline.events.service;

import io.dateline.events.extract.Amount;
import io.dateline.events.extract.ExtractedEvent;
import io.dateline.events.extract.Participant;
import io.dateline.events.extract.Place;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An extracted event as it is stored and matched: flat participant fields and the keys merging compares.
 * {@code actorKey} is the actor's entity id, the sorted keys of a compound's members, or "name:" and the
 * lower-case name of an unlinked actor; "" when there is no actor.
 */
public record CodedEvent(ExtractedEvent source, String type, String mode, String actorKey, Participant actor,
                         String recipientKey, Participant recipient, String locationId, String locationName,
                         String locationCountry, DateSpan span, Amount amount, boolean negated, String modality,
                         Participant reportedBy, String summary) {

    public static CodedEvent of(ExtractedEvent e) {
        Place place = e.location();
        return new CodedEvent(e, e.type().name(), e.mode(), key(e.actor()), e.actor(),
                e.recipient() == null ? null : key(e.recipient()), e.recipient(),
                place == null || place.entityIds().isEmpty() ? null : place.entityIds().get(0),
                place == null ? null : place.name(), place == null ? null : place.country(),
                DateSpan.of(e.date()), e.amount(), e.negated(), e.modality().label(), e.reportedBy(), e.summary());
    }

    static String key(Participant p) {
        if (p == null) {
            return "";
        }
        if (p.isCompound()) {
            return p.members().stream().map(CodedEvent::key).sorted().collect(Collectors.joining("+"));
        }
        if (p.entityId() != null) {
            return p.entityId();
        }
        return p.name() == null ? "" : "name:" + p.name().toLowerCase(Locale.ROOT).strip();
    }

    /** An event can merge with others only when it has an actor and a date to look them up by. */
    public boolean mergeable() {
        return !actorKey.isEmpty() && span != null;
    }

    /** What of a stored event merging compares; the candidates come from the (type, actor, date) index. */
    public record Stored(java.util.UUID id, String recipientKey, String locationId, String locationCountry,
                         String locationName, String mode, DateSpan span, int numArticles) {
    }

    /**
     * The stored event this one reports, if any: same type, actor, polarity and modality (the query's job),
     * overlapping dates (two days' slack), no conflicting recipient, place or mode. Prefers a matching
     * recipient, then the closest date, then the most reported.
     */
    public java.util.Optional<Stored> sameAs(List<Stored> candidates) {
        return candidates.stream()
                .filter(c -> c.span() != null && span.gapDays(c.span()) <= MergeWindow.SLACK_DAYS)
                .filter(c -> compatible(recipientKey, c.recipientKey()))
                .filter(c -> compatible(mode, c.mode()))
                .filter(this::placeFits)
                .min(Comparator.comparingInt((Stored c) -> recipientKey != null && recipientKey.equals(c.recipientKey()) ? 0 : 1)
                        .thenComparingLong(c -> span.gapDays(c.span()))
                        .thenComparing(Comparator.comparingInt(Stored::numArticles).reversed())
                        .thenComparing(Stored::id));
    }

    private boolean placeFits(Stored c) {
        if (locationId == null || c.locationId() == null || locationId.equals(c.locationId())) {
            return true;
        }
        return locationCountry != null && locationCountry.equals(c.locationCountry());
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /** The date window of the candidate query. */
    public static final class MergeWindow {
        public static final int SLACK_DAYS = 2;
        /** How far before an event's start a candidate may start (a month-long candidate still overlaps). */
        public static final int LOOKBACK_DAYS = 31;

        private MergeWindow() {
        }
    }
}
