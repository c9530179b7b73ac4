package io.dateline.articles;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One input exactly as it was received, kept so everything can be derived again. */
@Entity
@Table(name = "article_version")
@IdClass(ArticleVersion.Key.class)
public class ArticleVersion extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public UUID articleId;
    @Id
    public int version;
    @Column(name = "content_type")
    public String contentType;
    public String raw;
    @Column(name = "content_hash")
    public String contentHash;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    /** The composite key: article and version number. */
    public static class Key implements Serializable {
        public UUID articleId;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && java.util.Objects.equals(k.articleId, articleId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(articleId, version);
        }
    }
}
