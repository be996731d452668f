package dev.principalprep.progress.mockinterviews;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a learner sees of their mock interviews. */
public final class MockInterviewViews {

    private MockInterviewViews() {
    }

    /** One session as logged. */
    @Schema(name = "MockInterview")
    public record Session(UUID id, LocalDate heldOn, InterviewKind kind, List<String> checklist,
            @Schema(description = "how many items the checklist has") int checklistTotal,
            Map<String, Integer> stepScores,
            @Schema(description = "the STAR self-score, 1 to 5; null when not scored", nullable = true) Integer starScore,
            MockInterviewRequest.Reflections reflections,
            OffsetDateTime createdAt,
            @Schema(description = "when the session was last corrected; null if never", nullable = true) OffsetDateTime updatedAt) {
    }

    /** The sessions, oldest first, and how the scores moved across them. */
    @Schema(name = "MockInterviews")
    public record History(List<Session> sessions, List<TrendPoint> trend, Map<String, Integer> stepChange) {
    }

    /** A session's average self-score over the steps it scored, and its STAR score. */
    @Schema(name = "ScoreTrendPoint")
    public record TrendPoint(UUID sessionId, LocalDate heldOn,
            @Schema(description = "mean of the session's step self-scores, from 1 to 5") BigDecimal averageStepScore,
            @Schema(description = "the STAR self-score, 1 to 5; null when not scored", nullable = true) Integer starScore) {
    }
}
