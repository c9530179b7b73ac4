/**
 * Story clustering: groups articles about the same happening, online and in arrival order.
 *
 * <p>{@link io.dateline.events.cluster.StoryIndex#assign} takes an {@link
 * io.dateline.events.cluster.ArticleForClustering} (id, title, clean text, publication time, source and the
 * entity ids of its annotations) and answers a {@link io.dateline.events.cluster.StoryAssignment}. An article
 * becomes a TF-IDF vector (stemmed words, title words counted double, capitalised phrases, entity ids;
 * IDF to the power 1.5, learnt online); candidate stories come from an inverted index over the article's
 * heaviest terms whose postings keep only the most recent stories, so the work per article is bounded. A
 * story scores half by its closest member and half by its centroid, damped by the time between the article
 * and the story (halving at most); the best story at or above the threshold is joined, else a new story
 * starts with an id derived from the article id. Same articles in the same order, same stories.
 *
 * <p>State to persist: {@link io.dateline.events.cluster.StoryIndex#write()} gives the whole state as bytes
 * (frequencies, stories with their kept member vectors and centroid sums, postings in order) and {@link
 * io.dateline.events.cluster.StoryIndex#read} an index that continues exactly as the written one would.
 * Plain Java, no framework types.
 */
package io.dateline.events.cluster;
