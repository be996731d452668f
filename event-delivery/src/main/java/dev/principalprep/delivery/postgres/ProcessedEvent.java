package dev.principalprep.delivery.postgres;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A row of {@code processed_event}, the inbox: the id of an event applied, written by {@link Inbox} in the transaction
 * of its effect (in SQL, {@code on conflict do nothing}); read through this mapping.
 */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;
    public String topic;
    @Column(name = "processed_at")
    public OffsetDateTime processedAt;
}
