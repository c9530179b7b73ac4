package io.dateline.events.extract;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Coding conventions of the PLOVER manual applied once an event is read:
 * <ul>
 * <li>a cooperative act towards a recipient stated for the future is an intention to cooperate (AGREE,
 * the promised act kept as mode); refusing one is a REJECT;</li>
 * <li>a coercive or violent act the actor itself announces for the future, or makes conditional
 * ("will withdraw ... unless"), is a THREATEN, with the threatened act as mode. A third party's forecast
 * ("officials said Russia will attack") stays the planned act.</li>
 * </ul>
 */
final class PloverConventions {

    /** A coded type and mode. */
    record Coding(PloverType type, String mode) {
    }

    private static final Set<PloverType> COOPERATION = EnumSet.of(PloverType.CONSULT, PloverType.SUPPORT,
            PloverType.CONCEDE, PloverType.COOPERATE, PloverType.AID, PloverType.RETREAT);
    private static final Set<PloverType> CONDITIONAL_THREAT = EnumSet.of(PloverType.CONSULT, PloverType.SUPPORT,
            PloverType.CONCEDE, PloverType.COOPERATE, PloverType.AID, PloverType.RETREAT, PloverType.SANCTION,
            PloverType.COERCE, PloverType.ASSAULT, PloverType.PROTEST);
    private static final Set<PloverType> FORCE = EnumSet.of(PloverType.SANCTION, PloverType.COERCE,
            PloverType.ASSAULT, PloverType.PROTEST);
    private static final Map<String, String> THREAT_MODES = Map.of("arrest", "arrest", "ban", "ban",
            "deport", "expel", "expel", "expel", "curfew", "restrict", "martial-law", "restrict",
            "restrict", "restrict", "censor", "restrict");

    private PloverConventions() {
    }

    static Coding code(PloverType type, String mode, Stance stance, Participant actor, Participant recipient,
                       Participant reporter) {
        if (stance.modality() != Modality.PLANNED) {
            return new Coding(type, mode);
        }
        boolean ownWord = reporter == null || actor == null || sameParticipant(actor, reporter);
        if (!stance.negated() && CONDITIONAL_THREAT.contains(type) && (stance.conditional() || FORCE.contains(type) && ownWord)) {
            return new Coding(PloverType.THREATEN, threatMode(type, mode));
        }
        if (COOPERATION.contains(type) && recipient != null) {
            PloverType coded = stance.negated() ? PloverType.REJECT : PloverType.AGREE;
            return new Coding(coded, type.name().toLowerCase(Locale.ROOT));
        }
        return new Coding(type, mode);
    }

    private static String threatMode(PloverType type, String mode) {
        return switch (type) {
            case ASSAULT -> "violence";
            case SANCTION -> "expel".equals(mode) ? "expel" : "relations";
            case PROTEST -> "restrict";
            case COERCE -> THREAT_MODES.get(Objects.requireNonNullElse(mode, ""));
            default -> null;
        };
    }

    private static boolean sameParticipant(Participant a, Participant b) {
        if (a.entityId() != null) {
            return a.entityId().equals(b.entityId()) || a.country() != null && a.country().equals(b.country());
        }
        return a.name().equalsIgnoreCase(b.name());
    }
}
