package dev.principalprep.progress.tracking;

/** Where a learner stands on an item. */
public enum ItemStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED
}
