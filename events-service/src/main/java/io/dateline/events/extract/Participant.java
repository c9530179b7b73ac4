package io.dateline.events.extract;

import java.util.List;

/**
 * An actor or recipient. A compound actor ("Spain and France") is one participant whose {@code members}
 * are the parts, as PLOVER codes compounds (one event, not one per member); its {@code country} is set
 * only when every member shares it. {@code affiliation} is the entity a person speaks for.
 */
public record Participant(String name, String entityId, String entityType, String country, String affiliation,
                          List<Participant> members) {

    public Participant {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public static Participant compound(List<Participant> parts) {
        String name = parts.size() == 2 ? parts.get(0).name() + " and " + parts.get(1).name()
                : String.join(", ", parts.stream().map(Participant::name).toList());
        String country = parts.stream().map(Participant::country).distinct().count() == 1 ? parts.get(0).country() : null;
        return new Participant(name, null, "COMPOUND", country, null, parts);
    }

    public boolean isCompound() {
        return !members.isEmpty();
    }

    /** The participant itself, or its members when compound. */
    public List<Participant> parts() {
        return isCompound() ? members : List.of(this);
    }
}
