package dev.principalprep.delivery.postgres;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A row of {@code outbox_event}: written by {@link Outbox} in the caller's transaction; claimed, marked sent and
 * pruned by {@link PostgresOutboxStore} in SQL of its own.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;
    public String topic;
    @Column(name = "record_key")
    public String recordKey;
    public String type;
    public String subject;
    public String payload;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
