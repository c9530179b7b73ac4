package io.dateline.articles;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One change in the ordered log the events side reads: an article created, updated or deleted. */
@Entity
@Table(name = "feed_entry")
public class FeedEntry extends PanacheEntityBase {

    public enum Kind { created, updated, deleted }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "article_id")
    public UUID articleId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Kind kind;
    public Integer version;
    @Column(name = "recorded_at", insertable = false, updatable = false)
    public OffsetDateTime recordedAt;
}
