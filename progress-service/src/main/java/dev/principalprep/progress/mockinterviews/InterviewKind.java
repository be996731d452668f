package dev.principalprep.progress.mockinterviews;

/** What a mock interview practised. */
public enum InterviewKind {
    SYSTEM_DESIGN,
    BEHAVIORAL,
    LEADERSHIP
}
