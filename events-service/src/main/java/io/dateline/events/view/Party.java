package io.dateline.events.view;

/** An actor, recipient, place or speaker: its canonical entity id when known, its name and country. */
public record Party(String id, String name, String country) {

    public static Party of(String id, String name, String country) {
        return id == null && name == null ? null : new Party(id, name, country);
    }
}
