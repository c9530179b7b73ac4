package io.dateline.articles.clean;

/** What a line of page text is. */
enum LineRole {
    STORY, TITLE, PUBLISHED, BYLINE, CHROME
}
