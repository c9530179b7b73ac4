/**
 * Cleaning: from a raw page to the story's text and what the page says about it.
 *
 * <ul>
 *   <li>{@link io.dateline.articles.clean.PageText#clean(String, String, String)}: raw page text
 *       (text/plain, a copy of a web page). Lines get roles from their cues (data files under
 *       {@code src/main/resources/clean/}), their shape and their position around the densest run of
 *       prose.</li>
 *   <li>{@link io.dateline.articles.clean.HtmlPage#extract(String, String)}: a whole HTML page. jsoup,
 *       Readability-style content scores, then the same cue filter on the rendered paragraphs.</li>
 * </ul>
 *
 * Both answer a {@link io.dateline.articles.clean.CleanedPage}; when it {@code isEmpty()}, its
 * {@code emptyReason()} says why (for a 422 answer). Plain Java, thread-safe, no framework types.
 */
package io.dateline.articles.clean;
