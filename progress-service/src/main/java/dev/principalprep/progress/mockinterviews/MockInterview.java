package dev.principalprep.progress.mockinterviews;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One mock interview session of a learner. Checklist and scores are JSON. */
@Entity
@Table(name = "mock_interview")
public class MockInterview extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "learner_id")
    public String learnerId;
    @Column(name = "module_id")
    public String moduleId;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    public InterviewKind kind;
    public String checklist;
    @Column(name = "step_scores")
    public String stepScores;
    @Column(name = "star_score")
    public Integer starScore;
    @Column(name = "went_well")
    public String wentWell;
    @Column(name = "went_poorly")
    public String wentPoorly;
    @Column(name = "questions_to_document")
    public String questionsToDocument;
    @Column(name = "follow_ups")
    public String followUps;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
