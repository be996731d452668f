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
    public record Session(@Schema(description = "the session's id, given when it was logged") UUID id,
            @Schema(description = "the day the session was held, YYYY-MM-DD, a calendar day with no time zone") LocalDate heldOn,
            @Schema(description = "what the session practised") InterviewKind kind,
            @Schema(description = "the mock interview checklist items ticked, by item id in the module (kind CHECKLIST_ITEM), sorted") List<String> checklist,
            @Schema(description = "how many items the module's checklist has") int checklistTotal,
            @Schema(description = "self-score 1 to 5 for each framework step practised, keyed by the step's item id in the module (kind STEP)") Map<String, Integer> stepScores,
            @Schema(description = "the STAR self-score, 1 to 5; null when not scored", nullable = true) Integer starScore,
            @Schema(description = "what the learner noted after the session") MockInterviewRequest.Reflections reflections,
            @Schema(description = "when the session was logged, ISO 8601 date-time with its UTC offset") OffsetDateTime createdAt,
            @Schema(description = "when the session was last corrected; null if never", nullable = true) OffsetDateTime updatedAt) {
    }

    /** The sessions, oldest first, and how the scores moved across them. */
    @Schema(name = "MockInterviews")
    public record History(@Schema(description = "the module's sessions, by the day held, oldest first") List<Session> sessions,
            @Schema(description = "one point per session, in the same order: its average step self-score and STAR self-score") List<TrendPoint> trend,
            @Schema(description = "for each framework step scored, its latest self-score minus its first (-4 to 4), keyed by the step's item id") Map<String, Integer> stepChange) {
    }

    /** A session's average self-score over the steps it scored, and its STAR score. */
    @Schema(name = "ScoreTrendPoint")
    public record TrendPoint(@Schema(description = "the session's id") UUID sessionId,
            @Schema(description = "the day the session was held, YYYY-MM-DD") LocalDate heldOn,
            @Schema(description = "mean of the session's step self-scores, 1 to 5, two decimals; null when it scored no step", nullable = true) BigDecimal averageStepScore,
            @Schema(description = "the STAR self-score, 1 to 5; null when not scored", nullable = true) Integer starScore) {
    }
}
