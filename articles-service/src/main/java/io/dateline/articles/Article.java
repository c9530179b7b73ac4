package io.dateline.articles;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The current version of one news article: clean text and metadata, as stored. */
public class Article {

    public UUID id;
    public String url;
    public String source;
    public String title;
    public OffsetDateTime publishedAt;
    public String language;
    public String text;
    public String datelinePlace;
    public String datelineAgency;
    public String[] authors = new String[0];
    public String contentHash;
    public UUID duplicateOf;
    public int version = 1;
    public OffsetDateTime ingestedAt;
}
