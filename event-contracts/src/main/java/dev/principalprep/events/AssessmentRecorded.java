package dev.principalprep.events;

/**
 * A learner recorded a skills self-assessment (levels stay private; the totals travel). Schema:
 * {@code schemas/assessment-recorded.v1.json}; on {@code progress.events.v1}, keyed by learner id.
 */
public record AssessmentRecorded(String learnerId, String moduleId, String assessmentId, int totalGap,
        int plannedHours) {

    public static final String TYPE = "dev.principalprep.progress.AssessmentRecorded.v1";
}
