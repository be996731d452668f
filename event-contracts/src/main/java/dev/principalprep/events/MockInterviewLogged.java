package dev.principalprep.events;

/**
 * A learner logged a mock interview (its scores and reflections stay private). Schema:
 * {@code schemas/mock-interview-logged.v1.json}; on {@code progress.events.v1}, keyed by learner id.
 */
public record MockInterviewLogged(String learnerId, String moduleId, String sessionId, String kind, String heldOn,
        int checklistTicked, int checklistTotal) {

    public static final String TYPE = "dev.principalprep.progress.MockInterviewLogged.v1";
}
