package dev.principalprep.progress.skills;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A self-assessment against the 2026 matrix and the study plan it leads to. */
@Schema(name = "SkillsPlan")
public record SkillsPlan(UUID assessmentId, OffsetDateTime recordedAt, List<Entry> plan, List<Entry> onTrack,
        int totalGap, int plannedHours, String method) {

    /** One skill: where the learner is, where the matrix says it stands in 2026, and the gap. */
    @Schema(name = "SkillsPlanEntry")
    public record Entry(String skillId, String skill, int level, int target, int gap, String status2026,
            String importance, Integer priority, int estimatedHours) {
    }
}
