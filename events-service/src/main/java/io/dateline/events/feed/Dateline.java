package io.dateline.events.feed;

/** Where and by whom an article was filed ("KYIV (Reuters) -"). */
public record Dateline(String place, String agency) {
}
