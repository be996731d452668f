package dev.principalprep.progress.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** Where one card stands for one learner under SM-2; a card never reviewed has no row. */
@Entity
@Table(name = "review_card_state")
@IdClass(CardState.Key.class)
public class CardState extends PanacheEntityBase {

    @Id
    @Column(name = "learner_id")
    public String learnerId;
    @Id
    @Column(name = "module_id")
    public String moduleId;
    @Id
    @Column(name = "card_id")
    public String cardId;
    public int repetitions;
    @Column(name = "interval_days")
    public int intervalDays;
    public BigDecimal ease;
    @Column(name = "due_on")
    public LocalDate dueOn;
    public int reviews;
    public int lapses;
    @Column(name = "last_reviewed_at")
    public OffsetDateTime lastReviewedAt;

    Sm2.State state() {
        return new Sm2.State(repetitions, intervalDays, ease, dueOn);
    }

    void state(Sm2.State state) {
        repetitions = state.repetitions();
        intervalDays = state.intervalDays();
        ease = state.ease();
        dueOn = state.due();
    }

    /** Learner, module and card. */
    public static class Key implements Serializable {
        public String learnerId;
        public String moduleId;
        public String cardId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(learnerId, key.learnerId)
                    && Objects.equals(moduleId, key.moduleId) && Objects.equals(cardId, key.cardId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(learnerId, moduleId, cardId);
        }
    }
}
