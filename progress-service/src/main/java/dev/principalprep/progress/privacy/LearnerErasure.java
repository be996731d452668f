package dev.principalprep.progress.privacy;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/**
 * A row of {@code learner_erasure}: an erasure of a learner's data, known by the digest of their id only. Written by
 * {@link LearnerDataService} in SQL; mapped so that the check every cost event makes is a query Hibernate plans once.
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

    /** How many erasures of the learner (by digest) were requested at or after the time. */
    static Uni<Long> countSince(String learnerDigest, OffsetDateTime time) {
        return count("learnerDigest = ?1 and requestedAt >= ?2", learnerDigest, time);
    }
}
