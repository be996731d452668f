package dev.principalprep.progress.mockinterviews;

import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One mock interview: the day it was held (YYYY-MM-DD), what kind, the checklist items ticked (ids of the module's checklist),
 * self-scores 1 to 5
 * for the framework steps practised (ids of the module's steps) and for STAR structure, and reflections.
 */
@Schema(name = "MockInterviewRequest", example = """
        {"heldOn": "2026-11-20", "kind": "SYSTEM_DESIGN",
         "checklist": ["review-system-design-framework", "practice-cost-calculations", "include-cost-estimates"],
         "stepScores": {"clarify-requirements": 4, "estimate-scale": 3, "cost-optimization": 2},
         "reflections": {"wentWell": "Clear requirements", "wentPoorly": "Ran out of time on the deep dive",
                         "questionsToDocument": "How to size Kafka partitions", "followUps": "Redo the cost pass"}}""")
public record MockInterviewRequest(
        @Schema(description = "The day the session was held, exactly YYYY-MM-DD: no time, not in the future", example = "2026-11-20", pattern = "^\\d{4}-\\d{2}-\\d{2}$") @NotNull @SessionDate String heldOn,
        @NotNull InterviewKind kind,
        @Size(max = 50) Set<@NotNull String> checklist,
        @Size(max = 20) Map<String, @NotNull @Min(1) @Max(5) Integer> stepScores,
        @Schema(description = "the STAR self-score, from 1 to 5; null when not scored") @Min(1) @Max(5) Integer starScore,
        @jakarta.validation.Valid Reflections reflections) {

    /** What the learner noted after the session; each at most 2,000 characters. */
    @Schema(name = "Reflections")
    public record Reflections(@Size(max = 2000) String wentWell, @Size(max = 2000) String wentPoorly,
            @Size(max = 2000) String questionsToDocument, @Size(max = 2000) String followUps) {
    }

    /** The day held; only called once the request is valid. */
    java.time.LocalDate day() {
        return java.time.LocalDate.parse(heldOn);
    }
}
