package dev.principalprep.progress.privacy;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A row of {@code learner_erasure}: an erasure of a learner's data, known by the digest of their id only. Written by
 * {@link LearnerDataService} in SQL; mapped so that reading an erasure's status is a query Hibernate plans once.
 */
@Entity
@Table(name = "learner_erasure")
public class LearnerErasure extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "learner_digest")
    public String learnerDigest;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;
}
