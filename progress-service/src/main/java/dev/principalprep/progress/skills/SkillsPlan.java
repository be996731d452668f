package dev.principalprep.progress.skills;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A self-assessment and the study plan it leads to: the module's skills to acquire in its three priorities, the 2026
 * matrix, the skills still short of their target in study order, what each level means and the hours used.
 */
@Schema(name = "SkillsPlan")
public record SkillsPlan(UUID assessmentId, OffsetDateTime recordedAt, List<Acquisition> toAcquire,
        List<Entry> matrix, List<Entry> plan, List<Entry> onTrack,
        @Schema(description = "the sum of the gaps, in levels") int totalGap,
        @Schema(description = "the sum of the planned study time, in hours") int plannedHours,
        List<Level> levels, Map<Integer, Integer> hoursPerLevel, boolean hoursAdjusted, String method) {

    /** One skill the learner assesses: where they are, the target the module's importance sets, and the gap. */
    @Schema(name = "SkillsPlanEntry")
    public record Entry(String skillId, String skill, @Schema(description = "the assessed level, from 0 to 5") int level,
            @Schema(description = "the level aimed at, from 0 to 5") int target,
            @Schema(description = "target minus level") int gap, String status2026,
            String importance, @Schema(description = "the module's priority, 1 (first) to 3") Integer priority,
            @Schema(description = "study time to close the gap, in hours") int estimatedHours) {
    }

    /** One of the module's skills to acquire, in its priority group, with the level of the skill it develops. */
    @Schema(name = "SkillToAcquire")
    public record Acquisition(String itemId, String title,
            @Schema(description = "the module's priority, 1 (first) to 3") int priority, String group, String skillId,
            @Schema(description = "the assessed level, from 0 to 5") int level,
            @Schema(description = "the level aimed at, from 0 to 5") int target,
            @Schema(description = "target minus level") int gap,
            @Schema(description = "study time to close the gap, in hours") int estimatedHours) {
    }

    /** What a level from 0 to 4 means. */
    @Schema(name = "SkillLevel")
    public record Level(@Schema(description = "the self-assessed level, from 0 (none) to 5 (expert)") int level, String name,
            String meaning) {
    }
}
