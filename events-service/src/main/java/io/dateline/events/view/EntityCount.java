package io.dateline.events.view;

/** An entity a story's articles name, and how many times. */
public record EntityCount(String id, String name, String type, int mentions) {
}
