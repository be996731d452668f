package dev.principalprep.events;

/**
 * A learner completed an item for the first time. Schema: {@code schemas/item-completed.v1.json}; on
 * {@code progress.events.v1}, keyed by learner id.
 */
public record ItemCompleted(String learnerId, String moduleId, int moduleVersion, String itemId, String itemKind,
        String itemTitle, int minutesSpent, String completedAt) {

    public static final String TYPE = "dev.principalprep.progress.ItemCompleted.v1";
}
