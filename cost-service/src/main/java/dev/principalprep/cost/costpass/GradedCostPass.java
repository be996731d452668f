package dev.principalprep.cost.costpass;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A cost pass as its owner said it and as it was graded; kept as answered, never regraded. */
@Entity
@Table(name = "graded_cost_pass")
public class GradedCostPass extends PanacheEntityBase {

    @Id
    public UUID id;
    public String owner;
    @Column(name = "prompt_id")
    public String promptId;
    /** The pass as submitted, JSON. */
    public String submitted;
    /** The answer: grading and reference, JSON. */
    public String result;
    public int score;
    @Column(name = "graded_at")
    public OffsetDateTime gradedAt;
}
