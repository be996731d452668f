package dev.principalprep.progress.costpractice;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.delivery.postgres.Inbox;
import dev.principalprep.events.EstimateCreated;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Counts each learner's cost passes from cost-service's events, each estimate once. */
@ApplicationScoped
public class CostPracticeService {

    private final Inbox inbox;

    public CostPracticeService(Inbox inbox) {
        this.inbox = inbox;
    }

    @WithTransaction
    public Uni<Void> record(String eventId, String topic, EstimateCreated event) {
        return inbox.firstTime(eventId, topic).chain(first -> !first ? Uni.createFrom().voidItem()
                : CostPass.<CostPass> findById(event.estimateId()).chain(known -> {
                    if (known != null) {
                        return Uni.createFrom().voidItem();
                    }
                    CostPass pass = new CostPass();
                    pass.estimateId = event.estimateId();
                    pass.learnerId = event.owner();
                    pass.createdAt = OffsetDateTime.now();
                    return pass.persist().replaceWithVoid();
                }));
    }
}
