package dev.principalprep.progress.costpractice;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.principalprep.delivery.postgres.Inbox;
import dev.principalprep.events.CostPassGraded;
import dev.principalprep.events.EstimateCreated;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Counts each learner's cost passes from cost-service's events, each estimate or graded pass once, and only those
 * {@link CostPracticeRule} counts.
 */
@ApplicationScoped
public class CostPracticeService {

    private final Inbox inbox;
    private final CostPracticeRule rule;

    public CostPracticeService(Inbox inbox,
            @ConfigProperty(name = "progress.cost-practice.min-score", defaultValue = ""
                    + CostPracticeRule.DEFAULT_MIN_SCORE) int minScore) {
        this.inbox = inbox;
        this.rule = new CostPracticeRule(minScore);
    }

    @WithTransaction
    public Uni<Void> record(String eventId, String topic, EstimateCreated event) {
        return inbox.firstTime(eventId, topic).chain(first -> !first || !rule.counts(event) ? Uni.createFrom().voidItem()
                : count(event.estimateId(), event.owner()));
    }

    @WithTransaction
    public Uni<Void> record(String eventId, String topic, CostPassGraded event) {
        return inbox.firstTime(eventId, topic).chain(first -> !first || !rule.counts(event) ? Uni.createFrom().voidItem()
                : count(event.passId(), event.owner()));
    }

    private static Uni<Void> count(String practiceId, String learner) {
        return CostPass.<CostPass> findById(practiceId).chain(known -> {
            if (known != null) {
                return Uni.createFrom().voidItem();
            }
            CostPass pass = new CostPass();
            pass.estimateId = practiceId;
            pass.learnerId = learner;
            pass.createdAt = OffsetDateTime.now();
            return pass.persist().replaceWithVoid();
        });
    }
}
