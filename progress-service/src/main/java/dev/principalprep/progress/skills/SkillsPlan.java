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
public record SkillsPlan(
        @Schema(description = "the self-assessment the plan comes from: the latest one recorded for the module") UUID assessmentId,
        @Schema(description = "when that self-assessment was recorded, ISO 8601 date-time with its UTC offset") OffsetDateTime recordedAt,
        @Schema(description = "the module's skills to acquire (12 in Module 9), priority 1 first, each with the level of the skill it develops") List<Acquisition> toAcquire,
        @Schema(description = "the module's 2026 skills matrix (8 skills in Module 9) in the module's order, each with its level, target and gap") List<Entry> matrix,
        @Schema(description = "the skills still short of their target, in study order: priority 1 to 3 (skills with none last), then higher target, then larger gap") List<Entry> plan,
        @Schema(description = "the skills already at or above their target") List<Entry> onTrack,
        @Schema(description = "the sum of the gaps, in levels") int totalGap,
        @Schema(description = "the sum of the planned study time, in hours") int plannedHours,
        @Schema(description = "what each level, 0 (none) to 4 (expert), means") List<Level> levels,
        @Schema(description = "study hours to reach each level from the one below, keyed by level 1 to 4") Map<Integer, Integer> hoursPerLevel,
        @Schema(description = "true when the hours are the learner's own (set with PUT .../skills/hours), false for the defaults") boolean hoursAdjusted,
        @Schema(description = "how targets, study order and hours were worked out, in words") String method) {

    /** One skill the learner assesses: where they are, the target the module's importance sets, and the gap. */
    @Schema(name = "SkillsPlanEntry")
    public record Entry(
            @Schema(description = "the skill's item id in the module: a matrix skill (kind SKILL), or a skill to acquire the matrix lacks (kind SKILL_TO_ACQUIRE)") String skillId,
            @Schema(description = "the skill's name, as the module titles it") String skill,
            @Schema(description = "the self-assessed level, 0 (none) to 4 (expert)") int level,
            @Schema(description = "the level aimed at, 0 to 4: the higher of what the skill's importance and its priority ask") int target,
            @Schema(description = "levels still to climb: target minus level, 0 when the level reaches the target") int gap,
            @Schema(description = "the matrix's 2026 status as the module gives it (Critical, Standard, Mature, Niche in Module 9); null for a skill the matrix lacks", nullable = true) String status2026,
            @Schema(description = "the matrix's importance (Critical, High, Medium, Low, Very Low), or for a skill the matrix lacks its priority's (Critical, Important, Nice to Have)") String importance,
            @Schema(description = "the module's acquisition priority, 1 (critical) to 3 (nice to have); null when no skill to acquire develops it", nullable = true) Integer priority,
            @Schema(description = "study time to close the gap, in hours: the hours of each level crossed") int estimatedHours) {
    }

    /** One of the module's skills to acquire, in its priority group, with the level of the skill it develops. */
    @Schema(name = "SkillToAcquire")
    public record Acquisition(
            @Schema(description = "the skill to acquire's item id in the module (kind SKILL_TO_ACQUIRE)") String itemId,
            @Schema(description = "the skill to acquire, as the module titles it") String title,
            @Schema(description = "the module's priority, 1 (critical) to 3 (nice to have)") int priority,
            @Schema(description = "the priority group the module lists it under, such as Priority 1 (Critical)") String group,
            @Schema(description = "the skill assessed for it: the matrix skill it develops, else its own item id") String skillId,
            @Schema(description = "that skill's self-assessed level, 0 (none) to 4 (expert)") int level,
            @Schema(description = "that skill's target level, 0 to 4") int target,
            @Schema(description = "levels still to climb: target minus level, 0 when the level reaches the target") int gap,
            @Schema(description = "study time to close the gap, in hours") int estimatedHours) {
    }

    /** What a level from 0 to 4 means. */
    @Schema(name = "SkillLevel")
    public record Level(@Schema(description = "the self-assessment level, 0 (none) to 4 (expert)") int level,
            @Schema(description = "the level's name: None, Aware, Working, Proficient or Expert") String name,
            @Schema(description = "what a learner at this level knows and has done") String meaning) {
    }
}
