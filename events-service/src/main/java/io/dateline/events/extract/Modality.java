package io.dateline.events.extract;

import java.util.Locale;

/** Whether an event happened, is planned, considered, denied or only hypothetical. Later constants win over earlier ones. */
public enum Modality {
    ASSERTED, PLANNED, CONSIDERED, HYPOTHETICAL, DENIED;

    /** The lower-case label stored and shown ("planned"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stronger of two cues: a denial outranks a hypothesis, which outranks a plan. */
    public Modality max(Modality other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
