package dev.principalprep.events;

import java.util.Objects;

/**
 * A learner's data is to be erased everywhere: every service deletes what it holds about {@code learnerId} and
 * answers with {@link LearnerErasureCompleted}. Schema: {@code schemas/learner-erased.v1.json}; on
 * {@code progress.erasures.v1}, keyed by learner id. {@code requestedAt} (ISO 8601) is the erasure's moment: a fact
 * about the learner that happened before it and arrives after it is dropped, not applied.
 */
public record LearnerErased(String erasureId, String learnerId, String requestedAt) {

    public static final String TYPE = "dev.principalprep.progress.LearnerErased.v1";

    public LearnerErased {
        Objects.requireNonNull(erasureId, "erasureId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
