package dev.principalprep.progress.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One review as it was answered: the streak, today's count and the xAPI statements are read from these. */
@Entity
@Table(name = "review_log")
public class ReviewLog extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "learner_id")
    public String learnerId;
    @Column(name = "module_id")
    public String moduleId;
    @Column(name = "card_id")
    public String cardId;
    /** The card's question when it was answered, so a statement names it even after the card is retired. */
    public String front;
    public int grade;
    public BigDecimal answer;
    /** For a cost card, whether the answer fell in the module's range; null for a recall card. */
    public Boolean correct;
    @Column(name = "review_day")
    public LocalDate reviewDay;
    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
    @Column(name = "interval_days")
    public int intervalDays;
    @Column(name = "due_on")
    public LocalDate dueOn;
}
