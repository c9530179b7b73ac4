package io.dateline.events.rest;

import java.util.List;

/** One page of a list: the items and the opaque cursor of the next page, or null at the end. */
public record Page<T>(List<T> items, String nextCursor) {
}
