package io.dateline.events.cluster;

/** The story an article joined: its id, whether the article opened it, and the story's current title. */
public record StoryAssignment(String storyId, boolean isNew, String title) {
}
