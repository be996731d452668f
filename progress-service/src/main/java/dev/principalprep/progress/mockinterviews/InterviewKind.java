package dev.principalprep.progress.mockinterviews;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a mock interview practised. */
@Schema(name = "InterviewKind", description = "what a mock interview practised: SYSTEM_DESIGN a system design question (the 7-step framework and cost pass), BEHAVIORAL behavioral questions (STAR stories), LEADERSHIP leadership scenarios")
public enum InterviewKind {
    SYSTEM_DESIGN,
    BEHAVIORAL,
    LEADERSHIP
}
