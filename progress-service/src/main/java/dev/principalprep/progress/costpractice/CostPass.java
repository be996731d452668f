package dev.principalprep.progress.costpractice;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.Panache;
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
     * Adds the pass unless it is there already (counted before), or unless an erasure of the learner (by the digest
     * of their id) was requested at or after {@code happenedAt}, so that a late event never brings erased data back;
     * tells whether it did. One statement instead of two reads and an insert, and two events adding the same pass at
     * once cannot both add it: the second waits for the first's key and does nothing.
     */
    public static Uni<Boolean> addIfNew(String passId, String learner, OffsetDateTime at, String learnerDigest,
            OffsetDateTime happenedAt) {
        // A native update: Hibernate cannot compare the mapping it makes for a native query's result, so a native
        // select would add a plan to its cache on every event (EstimateCreatedConsumerTest checks the cache).
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into cost_pass (estimate_id, learner_id, created_at)
                select ?1, ?2, ?3 where not exists (select 1 from learner_erasure
                                                    where learner_digest = ?4 and requested_at >= ?5)
                on conflict (estimate_id) do nothing""")
                .setParameter(1, passId).setParameter(2, learner).setParameter(3, at).setParameter(4, learnerDigest)
                .setParameter(5, happenedAt).executeUpdate())
                .map(added -> added == 1);
    }

    /**
     * The learner's passes counted up to {@code limit}: enough to tell whether a pass reached a target, in a read whose
     * cost does not grow with the learner's history (a full count on every event made applying a learner's events
     * slower the more estimates they had saved). Taken in the order of the {@code (learner_id, created_at)} index, so
     * the planner reads them from it: in no order, it chose a sequential scan for a learner with many passes, which
     * read the whole table on each of their events (5 ms at 106,000 rows, measured). Their ids alone: passes read as
     * entities would stay in the session of the whole batch of events, each checked again when it is flushed.
     */
    public static Uni<Integer> countUpTo(String learner, int limit) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                "select c.estimateId from CostPass c where c.learnerId = ?1 order by c.createdAt", String.class)
                .setParameter(1, learner).setMaxResults(limit).getResultList()).map(List::size);
    }
}
