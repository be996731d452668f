package dev.principalprep.events;

import java.util.Objects;

/**
 * A service has erased what it held about the learner of erasure {@code erasureId}; the learner's id does not travel
 * again. Schema: {@code schemas/learner-erasure-completed.v1.json}; on the service's {@code <service>.erasures.v1},
 * keyed by erasure id.
 */
public record LearnerErasureCompleted(String erasureId, String service, int recordsErased) {

    public static final String TYPE = "dev.principalprep.LearnerErasureCompleted.v1";

    public LearnerErasureCompleted {
        Objects.requireNonNull(erasureId, "erasureId");
        Objects.requireNonNull(service, "service");
    }
}
