package io.dateline.events.view;

/** How many events name an entity: in either role (counted once), as actor, as recipient. */
public record EntityEventCounts(int numEvents, int asActor, int asRecipient) {
}
