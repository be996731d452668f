package dev.principalprep.progress.skills;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.principalprep.problems.InvalidInput;
import dev.principalprep.progress.curriculum.CurriculumItem;
import dev.principalprep.progress.curriculum.CurriculumModule;
import dev.principalprep.progress.curriculum.ItemAttributes;

/**
 * From a self-assessment (0 to 4 per skill of the matrix) to a study plan: the target level follows the skill's 2026
 * status, the gap is what is missing, and the plan follows the module's priorities 1 to 3, then importance, then the
 * size of the gap. Each level of gap is planned at ten hours.
 */
public final class SkillsGapPlanner {

    static final int HOURS_PER_LEVEL = 10;
    static final String SKILL_KIND = "SKILL";
    static final String PRIORITY_KIND = "SKILL_TO_ACQUIRE";
    private static final Map<String, Integer> TARGET_BY_2026_STATUS = Map.of("critical", 4, "standard", 3,
            "mature", 3, "important", 3, "growing", 2, "emerging", 2, "new", 1, "niche", 1, "declining", 0, "hype", 0);
    private static final Map<String, Integer> IMPORTANCE = Map.of("critical", 4, "high", 3, "medium", 2, "low", 1,
            "very low", 0);

    private SkillsGapPlanner() {
    }

    /** The matrix skills of the module, by id, in curriculum order. */
    public static List<CurriculumItem> matrix(CurriculumModule module) {
        List<CurriculumItem> skills = module.items.stream().filter(i -> SKILL_KIND.equals(i.kind)).toList();
        if (skills.isEmpty()) {
            throw new InvalidInput("moduleId", "module " + module.moduleId + " has no skills matrix");
        }
        return skills;
    }

    /** Refuses levels that are not exactly one per matrix skill. */
    public static void checkCovers(CurriculumModule module, Map<String, Integer> levels) {
        List<String> ids = matrix(module).stream().map(i -> i.itemId).toList();
        for (String given : levels.keySet()) {
            if (!ids.contains(given)) {
                throw new InvalidInput("levels." + given, "no skill " + given + " in the matrix of " + module.moduleId);
            }
        }
        for (String id : ids) {
            if (!levels.containsKey(id)) {
                throw new InvalidInput("levels." + id, "assess every skill of the matrix: " + id + " is missing");
            }
        }
    }

    public static SkillsPlan plan(CurriculumModule module, UUID assessmentId, OffsetDateTime recordedAt,
            Map<String, Integer> levels) {
        Map<String, Integer> priorities = new HashMap<>();
        module.items.stream().filter(i -> PRIORITY_KIND.equals(i.kind)).forEach(i -> {
            Map<String, String> attributes = ItemAttributes.of(i);
            if (attributes.containsKey("skill") && attributes.containsKey("priority")) {
                priorities.merge(attributes.get("skill"), Integer.parseInt(attributes.get("priority")), Math::min);
            }
        });
        List<SkillsPlan.Entry> entries = new ArrayList<>();
        for (CurriculumItem skill : matrix(module)) {
            Map<String, String> attributes = ItemAttributes.of(skill);
            String status = attributes.getOrDefault("2026", "");
            String importance = attributes.getOrDefault("importance", "");
            int target = TARGET_BY_2026_STATUS.getOrDefault(status.toLowerCase(Locale.ROOT), 2);
            int level = levels.get(skill.itemId);
            int gap = Math.max(0, target - level);
            entries.add(new SkillsPlan.Entry(skill.itemId, skill.title, level, target, gap, status, importance,
                    priorities.get(skill.itemId), gap * HOURS_PER_LEVEL));
        }
        Comparator<SkillsPlan.Entry> order = Comparator
                .comparing((SkillsPlan.Entry e) -> e.priority() == null ? Integer.MAX_VALUE : e.priority())
                .thenComparing(e -> -IMPORTANCE.getOrDefault(e.importance().toLowerCase(Locale.ROOT), 0))
                .thenComparing(e -> -e.gap());
        List<SkillsPlan.Entry> plan = entries.stream().filter(e -> e.gap() > 0).sorted(order).toList();
        List<SkillsPlan.Entry> onTrack = entries.stream().filter(e -> e.gap() == 0).toList();
        return new SkillsPlan(assessmentId, recordedAt, plan, onTrack, plan.stream().mapToInt(SkillsPlan.Entry::gap).sum(),
                plan.stream().mapToInt(SkillsPlan.Entry::estimatedHours).sum(),
                "Target level from the 2026 status (Critical 4, Standard or Mature 3, Emerging 2, Niche 1); "
                        + "plan ordered by the module's priority (1 first), then importance, then gap; "
                        + HOURS_PER_LEVEL + " hours per level of gap.");
    }
}
