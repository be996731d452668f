package dev.principalprep.progress.costpractice;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/**
 * A cost pass a learner practised: an estimate saved in cost-service, or a pass of their own graded there at or above
 * the threshold. {@code estimateId} holds the estimate's or the graded pass's id (both UUIDs from cost-service).
 */
@Entity
@Table(name = "cost_pass")
public class CostPass extends PanacheEntityBase {

    @Id
    @Column(name = "estimate_id")
    public String estimateId;
    @Column(name = "learner_id")
    public String learnerId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Uni<Long> countFor(String learner) {
        return count("learnerId", learner);
    }

    /**
     * The learner's passes counted up to {@code limit}: enough to tell whether a pass reached a target, in a read whose
     * cost does not grow with the learner's history (a full count on every event made applying a learner's events
     * slower the more estimates they had saved).
     */
    public static Uni<Integer> countUpTo(String learner, int limit) {
        return find("learnerId", learner).range(0, limit - 1).list().map(List::size);
    }
}
