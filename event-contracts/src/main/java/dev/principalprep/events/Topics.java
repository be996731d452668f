package dev.principalprep.events;

/** Kafka topics name the stream, not the consumer; the version is part of the name. */
public final class Topics {

    /** {@link ModulePublished} events, keyed by module id. */
    public static final String CONTENT_MODULES = "content.modules.v1";
    /** Estimates created by cost-service, keyed by estimate id. */
    public static final String COST_ESTIMATES = "cost.estimates.v1";
    /** Cost passes graded by cost-service ({@link CostPassGraded}), keyed by pass id. */
    public static final String COST_PASSES = "cost.passes.v1";
    /** Learner progress facts, keyed by learner id. */
    public static final String PROGRESS_EVENTS = "progress.events.v1";

    /** Erasures requested of every service ({@link LearnerErased}), keyed by learner id. */
    public static final String PROGRESS_ERASURES = "progress.erasures.v1";
    /** cost-service's answers to {@link LearnerErased} ({@link LearnerErasureCompleted}), keyed by erasure id. */
    public static final String COST_ERASURES = "cost.erasures.v1";

    private Topics() {
    }
}
