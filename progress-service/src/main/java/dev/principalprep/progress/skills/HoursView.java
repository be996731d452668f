package dev.principalprep.progress.skills;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The hours per level a plan uses, whether they are the learner's own, and what each level means. */
@Schema(name = "SkillHours")
public record HoursView(Map<Integer, Integer> hoursPerLevel, boolean adjusted, Map<Integer, Integer> defaults,
        List<SkillsPlan.Level> levels) {

    static HoursView of(Map<Integer, Integer> hours) {
        return new HoursView(hours, !hours.equals(SkillLevels.DEFAULT_HOURS), SkillLevels.DEFAULT_HOURS,
                SkillLevels.MEANINGS);
    }
}
