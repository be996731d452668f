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
        @Schema(description = "what the session practised") @NotNull InterviewKind kind,
        @Schema(description = "the mock interview checklist items ticked, by item id in the module (kind CHECKLIST_ITEM), at most 50, no repeats") @Size(max = 50) Set<@NotNull String> checklist,
        @Schema(description = "self-score 1 to 5 for each framework step practised, keyed by the step's item id in the module (kind STEP), at most 20", maxProperties = 20) @Size(max = 20) Map<String, @NotNull @Min(1) @Max(5) Integer> stepScores,
        @Schema(description = "the STAR self-score, from 1 to 5; null when not scored", nullable = true) @Min(1) @Max(5) Integer starScore,
        @Schema(description = "what the learner noted after the session; leave out for none") @jakarta.validation.Valid Reflections reflections) {

    /** What the learner noted after the session; each at most 2,000 characters. */
    @Schema(name = "Reflections")
    public record Reflections(
            @Schema(description = "what went well, up to 2,000 characters; null when not noted", nullable = true) @Size(max = 2000) String wentWell,
            @Schema(description = "what went poorly, up to 2,000 characters; null when not noted", nullable = true) @Size(max = 2000) String wentPoorly,
            @Schema(description = "questions asked to document for future preparation, up to 2,000 characters; null when not noted", nullable = true) @Size(max = 2000) String questionsToDocument,
            @Schema(description = "actions agreed to follow up on, up to 2,000 characters; null when not noted", nullable = true) @Size(max = 2000) String followUps) {
    }

    /** The day held; only called once the request is valid. */
    java.time.LocalDate day() {
        return java.time.LocalDate.parse(heldOn);
    }
}
