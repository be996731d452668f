package dev.principalprep.progress.privacy;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A row of {@code learner_erasure_part}: one service's part of an erasure, erased at a time or not yet. Written by
 * {@link LearnerDataService} in SQL; mapped so that reading an erasure's status is a query Hibernate plans once.
 */
@Entity
@Table(name = "learner_erasure_part")
@IdClass(LearnerErasurePart.Key.class)
public class LearnerErasurePart extends PanacheEntityBase {

    @Id
    @Column(name = "erasure_id")
    public UUID erasureId;
    @Id
    public String service;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    /** The primary key: the erasure and the service. */
    public record Key(UUID erasureId, String service) {
    }
}
