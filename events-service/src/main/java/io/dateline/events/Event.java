package io.dateline.events;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One real-world action coded with a PLOVER type, told by one or more articles. */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

    @Id
    public UUID id;
    public String type;
    public String mode;
    @Column(name = "actor_id")
    public String actorId;
    @Column(name = "actor_name")
    public String actorName;
    @Column(name = "actor_country")
    public String actorCountry;
    @Column(name = "recipient_id")
    public String recipientId;
    @Column(name = "recipient_name")
    public String recipientName;
    @Column(name = "recipient_country")
    public String recipientCountry;
    @Column(name = "location_id")
    public String locationId;
    @Column(name = "location_name")
    public String locationName;
    @Column(name = "location_country")
    public String locationCountry;
    @Column(name = "event_date")
    public LocalDate date;
    @Column(name = "date_granularity")
    public String dateGranularity;
    public boolean negated;
    public String modality = "asserted";
    public String summary;
    @Column(name = "story_id")
    public UUID storyId;
    @Column(name = "num_articles")
    public int numArticles;
    @Column(name = "num_sources")
    public int numSources;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
