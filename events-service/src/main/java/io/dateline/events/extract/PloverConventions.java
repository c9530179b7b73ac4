package io.dateline.events.extract;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Coding conventions of the PLOVER manual applied once an event is read: a cooperative act stated for the
 * future is an intention to cooperate (AGREE, the promised act kept as its mode), refusing one is a
 * REJECT, and a future act made conditional on the recipient ("will withdraw ... unless") is a THREATEN.
 */
final class PloverConventions {

    private static final Set<PloverType> COOPERATION = EnumSet.of(PloverType.CONSULT, PloverType.SUPPORT,
            PloverType.CONCEDE, PloverType.COOPERATE, PloverType.AID, PloverType.RETREAT);

    private PloverConventions() {
    }

    /** The coded type and mode for an event read as {@code type}/{@code mode} with {@code stance}. */
    static String[] code(PloverType type, String mode, Stance stance) {
        if (stance.modality() != Modality.PLANNED) {
            return new String[] {type.name(), mode};
        }
        if (stance.conditional() && !stance.negated() && type != PloverType.MOBILIZE) {
            return new String[] {PloverType.THREATEN.name(), null};
        }
        if (COOPERATION.contains(type)) {
            PloverType coded = stance.negated() ? PloverType.REJECT : PloverType.AGREE;
            return new String[] {coded.name(), type.name().toLowerCase(Locale.ROOT)};
        }
        return new String[] {type.name(), mode};
    }
}
