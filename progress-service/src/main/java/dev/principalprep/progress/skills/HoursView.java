package dev.principalprep.progress.skills;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The hours per level a plan uses, whether they are the learner's own, and what each level means. */
@Schema(name = "SkillHours")
public record HoursView(
        @Schema(description = "study hours the plan uses to reach each level from the one below, keyed by level 1 to 4") Map<Integer, Integer> hoursPerLevel,
        @Schema(description = "true when the hours are the learner's own, false when they are the defaults") boolean adjusted,
        @Schema(description = "the default study hours per level, keyed by level 1 to 4: 3, 10, 25 and 40") Map<Integer, Integer> defaults,
        @Schema(description = "what each level, 0 (none) to 4 (expert), means") List<SkillsPlan.Level> levels) {

    static HoursView of(Map<Integer, Integer> hours) {
        return new HoursView(hours, !hours.equals(SkillLevels.DEFAULT_HOURS), SkillLevels.DEFAULT_HOURS,
                SkillLevels.MEANINGS);
    }
}
