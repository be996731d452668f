package dev.principalprep.events;

/**
 * A learner completed every item of a module. Schema: {@code schemas/module-completed.v1.json}; on
 * {@code progress.events.v1}, keyed by learner id.
 */
public record ModuleCompleted(String learnerId, String moduleId, int moduleVersion, int minutesSpent,
        String completedAt) {

    public static final String TYPE = "dev.principalprep.progress.ModuleCompleted.v1";
}
