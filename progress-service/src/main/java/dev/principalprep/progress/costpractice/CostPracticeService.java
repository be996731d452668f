package dev.principalprep.progress.costpractice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.principalprep.delivery.postgres.Inbox;
import dev.principalprep.events.CostPassGraded;
import dev.principalprep.events.EstimateCreated;
import dev.principalprep.progress.privacy.LearnerDataService;
import dev.principalprep.progress.tracking.ProgressCalculator;
import dev.principalprep.progress.tracking.ProgressService;
import dev.principalprep.progress.xapi.ProgressStatements;
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
    private final ProgressService progress;
    private final ProgressStatements statements;

    public CostPracticeService(Inbox inbox, ProgressService progress, ProgressStatements statements,
            @ConfigProperty(name = "progress.cost-practice.min-score", defaultValue = ""
                    + CostPracticeRule.DEFAULT_MIN_SCORE) int minScore) {
        this.inbox = inbox;
        this.rule = new CostPracticeRule(minScore);
        this.progress = progress;
        this.statements = statements;
    }

    /** Counts the estimate, unless seen before, not practice, or made before the learner's data was erased. */
    @WithTransaction
    public Uni<Void> record(String eventId, String topic, EstimateCreated event, Instant happenedAt) {
        return inbox.firstTime(eventId, topic).chain(first -> !first || !rule.counts(event) ? Uni.createFrom().voidItem()
                : countUnlessErased(event.estimateId(), event.owner(), happenedAt));
    }

    /** Counts the graded pass, unless seen before, below the threshold, or made before the learner's data was erased. */
    @WithTransaction
    public Uni<Void> record(String eventId, String topic, CostPassGraded event, Instant happenedAt) {
        return inbox.firstTime(eventId, topic).chain(first -> !first || !rule.counts(event) ? Uni.createFrom().voidItem()
                : countUnlessErased(event.passId(), event.owner(), happenedAt));
    }

    private Uni<Void> countUnlessErased(String practiceId, String learner, Instant happenedAt) {
        OffsetDateTime at = OffsetDateTime.now();
        // Only the pass that reaches the target states the completion: the passes after it would read every module
        // again to find the statement already stands. So the passes are counted just past the target.
        return CostPass.addIfNew(practiceId, learner, at, LearnerDataService.digestOf(learner),
                happenedAt == null ? null : happenedAt.atOffset(ZoneOffset.UTC))
                .chain(added -> !added ? Uni.createFrom().voidItem()
                        : CostPass.countUpTo(learner, ProgressCalculator.COST_PRACTICE_TARGET + 1)
                                .chain(passes -> passes != ProgressCalculator.COST_PRACTICE_TARGET
                                        ? Uni.createFrom().voidItem()
                                        : stateCompletion(learner, passes, at)));
    }

    /**
     * The practice item completed by passes, stated in every module that has it, once: two passes counted at the same
     * time can both see the target, and the log keeps one statement.
     */
    private Uni<Void> stateCompletion(String learner, long passes, OffsetDateTime at) {
        return progress.allModules(learner).chain(modules -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (var module : modules) {
                if (module.items().stream().anyMatch(i -> i.id().equals(ProgressCalculator.COST_PRACTICE_ITEM))) {
                    chain = chain.chain(() -> statements.costPracticeCompleted(learner, module,
                            ProgressCalculator.COST_PRACTICE_ITEM, passes, at));
                }
            }
            return chain;
        });
    }
}
