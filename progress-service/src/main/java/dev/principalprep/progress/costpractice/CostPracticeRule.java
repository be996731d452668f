package dev.principalprep.progress.costpractice;

import dev.principalprep.events.CostPassGraded;
import dev.principalprep.events.EstimateCreated;

/**
 * What counts as cost practice: a saved estimate that prices something, and a graded pass of the learner's own that
 * scores at or above the threshold (progress-service's README says why 85). Plain Java, so it is tested alone.
 */
public final class CostPracticeRule {

    /** The default threshold: every component within range or close, none missing and no unit wrong. */
    public static final int DEFAULT_MIN_SCORE = 85;

    private final int minScore;

    public CostPracticeRule(int minScore) {
        if (minScore < 0 || minScore > 100) {
            throw new IllegalArgumentException("a minimum score is 0 to 100, not " + minScore);
        }
        this.minScore = minScore;
    }

    /** An estimate whose total is 0 priced nothing: saving it is not practice. */
    public boolean counts(EstimateCreated estimate) {
        return estimate.totalHigh().signum() > 0;
    }

    public boolean counts(CostPassGraded pass) {
        return pass.referenceTotalHigh().signum() > 0 && pass.score() >= minScore;
    }
}
