package io.dateline.articles;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The current version of one news article: clean text and metadata. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public UUID id;
    public String url;
    public String source;
    public String title;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    public String language;
    public String text;
    @Column(name = "dateline_place")
    public String datelinePlace;
    @Column(name = "dateline_agency")
    public String datelineAgency;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] authors = new String[0];
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "duplicate_of")
    public UUID duplicateOf;
    public int version = 1;
    @Column(name = "ingested_at")
    public OffsetDateTime ingestedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
