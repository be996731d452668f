package dev.principalprep.cost.learnerdata;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.principalprep.cost.costpass.CostPassService;
import dev.principalprep.cost.estimate.EstimateService;
import dev.principalprep.delivery.postgres.Inbox;
import dev.principalprep.delivery.postgres.Outbox;
import dev.principalprep.events.LearnerErased;
import dev.principalprep.events.LearnerErasureCompleted;
import dev.principalprep.events.Topics;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A learner's data in cost-service: exported whole, and erased when progress-service announces {@link LearnerErased}
 * (the estimates, the graded passes and the events still kept about them), answered with
 * {@link LearnerErasureCompleted} from the outbox in the same transaction.
 */
@ApplicationScoped
public class LearnerDataService {

    static final String SERVICE = "cost-service";
    private static final Logger LOG = Logger.getLogger(LearnerDataService.class);

    private final EstimateService estimates;
    private final CostPassService passes;
    private final Inbox inbox;
    private final Outbox outbox;

    public LearnerDataService(EstimateService estimates, CostPassService passes, Inbox inbox, Outbox outbox) {
        this.estimates = estimates;
        this.passes = passes;
        this.inbox = inbox;
        this.outbox = outbox;
    }

    public Uni<LearnerCostData> export(String learner) {
        return estimates.everyOwned(learner).chain(
                saved -> passes.everyOwned(learner).map(graded -> new LearnerCostData(learner, saved, graded)));
    }

    /** Erases the learner's data once per event: a repeat finds the event applied and changes nothing. */
    @WithTransaction
    public Uni<Void> erase(String eventId, String topic, LearnerErased event) {
        return inbox.firstTime(eventId, topic).chain(first -> !first ? Uni.createFrom().voidItem()
                : delete("delete from estimate where owner = ?1", event.learnerId())
                        .chain(erased -> delete("delete from graded_cost_pass where owner = ?1", event.learnerId())
                                .map(more -> erased + more))
                        // Events kept after sending (and any not sent yet) name the learner as their subject.
                        .call(() -> delete("delete from outbox_event where subject = ?1", event.learnerId()))
                        .invoke(erased -> LOG.infof("erasure %s: %d estimates and cost passes erased",
                                event.erasureId(), erased))
                        .chain(erased -> outbox.append(Topics.COST_ERASURES, event.erasureId(),
                                LearnerErasureCompleted.TYPE, event.erasureId(),
                                new LearnerErasureCompleted(event.erasureId(), SERVICE, erased)))
                        .replaceWithVoid());
    }

    private static Uni<Integer> delete(String query, String learner) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(query).setParameter(1, learner).executeUpdate());
    }
}
