package io.dateline.events.extract;

/**
 * The PLOVER event types (openeventdata/PLOVER, 2021 manual): DEMAND is now REQUEST, DISAPPROVE and
 * INVESTIGATE are ACCUSE, FIGHT is ASSAULT. The verb is what a summary says when the trigger is a noun.
 */
public enum PloverType {
    AGREE("agree to"), CONSULT("meet"), SUPPORT("support"), CONCEDE("concede"), COOPERATE("cooperate with"),
    AID("aid"), RETREAT("retreat"), REQUEST("demand"), ACCUSE("accuse"), REJECT("reject"),
    THREATEN("threaten"), PROTEST("protest against"), SANCTION("sanction"), MOBILIZE("mobilize"),
    COERCE("coerce"), ASSAULT("attack");

    private final String verb;

    PloverType(String verb) {
        this.verb = verb;
    }

    /** The base form of a verb for summaries ("attack"). */
    public String verb() {
        return verb;
    }

    /** Reads a current or an older PLOVER label (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT). */
    public static PloverType fromLabel(String label) {
        return switch (label.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "DEMAND" -> REQUEST;
            case "DISAPPROVE", "INVESTIGATE" -> ACCUSE;
            case "FIGHT" -> ASSAULT;
            default -> valueOf(label.trim().toUpperCase(java.util.Locale.ROOT));
        };
    }
}
