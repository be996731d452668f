package dev.principalprep.progress.skills;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.principalprep.problems.InvalidInput;
import dev.principalprep.progress.curriculum.CurriculumItem;
import dev.principalprep.progress.curriculum.CurriculumModule;
import dev.principalprep.progress.curriculum.ItemAttributes;

/**
 * From a self-assessment (0 to 4 per skill) to a study plan. The skills assessed are the module's 2026 matrix and every
 * skill to acquire that the matrix does not hold (Flink, performance tuning, ...). A skill's target follows the
 * module's importance: the higher of its matrix importance (Critical 4, High 3, Medium 2, Low 1, Very Low 0) and its
 * acquisition priority (1 Critical 4, 2 Important 3, 3 Nice to Have 1). The plan follows the priorities 1 to 3, then
 * the target, then the gap; hours are the sum of the hours of each level crossed.
 */
public final class SkillsGapPlanner {

    static final String SKILL_KIND = "SKILL";
    static final String PRIORITY_KIND = "SKILL_TO_ACQUIRE";
    private static final Map<String, Integer> TARGET_BY_IMPORTANCE = Map.of("critical", 4, "high", 3, "important", 3,
            "medium", 2, "low", 1, "nice to have", 1, "very low", 0);
    private static final Map<Integer, String> PRIORITY_IMPORTANCE = Map.of(1, "Critical", 2, "Important", 3,
            "Nice to Have");

    private SkillsGapPlanner() {
    }

    /** A skill the learner assesses, with what the module says of it. */
    record Skill(String id, String title, String status2026, String importance, Integer priority, int target) {
    }

    /** The skills to assess: the matrix in curriculum order, then the skills to acquire it does not hold. */
    static List<Skill> skills(CurriculumModule module) {
        Map<String, Integer> priorities = new LinkedHashMap<>();
        for (CurriculumItem item : acquisitions(module)) {
            priorities.merge(developed(module, item), priority(item), Math::min);
        }
        List<Skill> skills = new ArrayList<>();
        for (CurriculumItem item : module.items) {
            if (SKILL_KIND.equals(item.kind)) {
                Map<String, String> attributes = ItemAttributes.of(item);
                Integer priority = priorities.remove(item.itemId);
                String importance = attributes.getOrDefault("importance", "");
                skills.add(new Skill(item.itemId, item.title, attributes.get("2026"), importance, priority,
                        target(importance, priority)));
            }
        }
        for (CurriculumItem item : acquisitions(module)) {
            if (priorities.containsKey(item.itemId)) {
                int priority = priorities.get(item.itemId);
                String importance = PRIORITY_IMPORTANCE.get(priority);
                skills.add(new Skill(item.itemId, item.title, null, importance, priority, target(importance, priority)));
            }
        }
        if (skills.isEmpty()) {
            throw new InvalidInput("moduleId", "module " + module.moduleId + " has no skills matrix");
        }
        return skills;
    }

    /** The higher of what the importance and the priority ask; a skill with neither is aimed at level 2. */
    static int target(String importance, Integer priority) {
        Integer byImportance = TARGET_BY_IMPORTANCE.get(importance == null ? "" : importance.toLowerCase(Locale.ROOT));
        Integer byPriority = priority == null ? null
                : TARGET_BY_IMPORTANCE.get(
                        PRIORITY_IMPORTANCE.getOrDefault(priority, "").toLowerCase(Locale.ROOT));
        if (byImportance == null && byPriority == null) {
            return 2;
        }
        return Math.max(byImportance == null ? 0 : byImportance, byPriority == null ? 0 : byPriority);
    }

    /** Refuses levels that are not exactly one per skill to assess. */
    public static void checkCovers(CurriculumModule module, Map<String, Integer> levels) {
        List<String> ids = skills(module).stream().map(Skill::id).toList();
        for (String given : levels.keySet()) {
            if (!ids.contains(given)) {
                throw new InvalidInput("levels." + given, "no skill " + given + " to assess in " + module.moduleId);
            }
        }
        for (String id : ids) {
            if (!levels.containsKey(id)) {
                throw new InvalidInput("levels." + id, "assess every skill of the matrix and every skill to acquire: "
                        + id + " is missing");
            }
        }
    }

    public static SkillsPlan plan(CurriculumModule module, UUID assessmentId, OffsetDateTime recordedAt,
            Map<String, Integer> levels, Map<Integer, Integer> hoursPerLevel) {
        List<SkillsPlan.Entry> entries = new ArrayList<>();
        Map<String, SkillsPlan.Entry> byId = new LinkedHashMap<>();
        List<SkillsPlan.Entry> matrix = new ArrayList<>();
        for (Skill skill : skills(module)) {
            int level = levels.getOrDefault(skill.id(), 0);
            int gap = Math.max(0, skill.target() - level);
            SkillsPlan.Entry entry = new SkillsPlan.Entry(skill.id(), skill.title(), level, skill.target(), gap,
                    skill.status2026(), skill.importance(), skill.priority(),
                    SkillLevels.hours(level, skill.target(), hoursPerLevel));
            entries.add(entry);
            byId.put(skill.id(), entry);
            if (skill.status2026() != null) {
                matrix.add(entry);
            }
        }
        List<SkillsPlan.Acquisition> toAcquire = acquisitions(module).stream()
                .sorted(Comparator.comparing(SkillsGapPlanner::priority)).map(item -> {
                    SkillsPlan.Entry skill = byId.get(developed(module, item));
                    return new SkillsPlan.Acquisition(item.itemId, item.title, priority(item),
                            ItemAttributes.of(item).get("group"), skill.skillId(), skill.level(), skill.target(),
                            skill.gap(), skill.estimatedHours());
                }).toList();
        Comparator<SkillsPlan.Entry> order = Comparator
                .comparing((SkillsPlan.Entry e) -> e.priority() == null ? Integer.MAX_VALUE : e.priority())
                .thenComparing(e -> -e.target())
                .thenComparing(e -> -e.gap());
        List<SkillsPlan.Entry> plan = entries.stream().filter(e -> e.gap() > 0).sorted(order).toList();
        List<SkillsPlan.Entry> onTrack = entries.stream().filter(e -> e.gap() == 0).toList();
        boolean adjusted = !hoursPerLevel.equals(SkillLevels.DEFAULT_HOURS);
        return new SkillsPlan(assessmentId, recordedAt, toAcquire, matrix, plan, onTrack,
                plan.stream().mapToInt(SkillsPlan.Entry::gap).sum(),
                plan.stream().mapToInt(SkillsPlan.Entry::estimatedHours).sum(), SkillLevels.MEANINGS,
                hoursPerLevel, adjusted,
                "Target from the module's importance, the higher of the matrix's (Critical 4, High 3, Medium 2, Low 1, "
                        + "Very Low 0) and the priority's (1 Critical 4, 2 Important 3, 3 Nice to Have 1); plan "
                        + "ordered by priority (1 first), then target, then gap; hours to reach level 1 to 4: "
                        + hoursPerLevel.values() + (adjusted ? " (your own)" : " (defaults)") + ".");
    }

    /** The matrix skill a skill to acquire develops, or the skill to acquire itself when the matrix lacks it. */
    private static String developed(CurriculumModule module, CurriculumItem acquisition) {
        String skill = ItemAttributes.of(acquisition).get("skill");
        boolean inMatrix = skill != null
                && module.items.stream().anyMatch(i -> SKILL_KIND.equals(i.kind) && i.itemId.equals(skill));
        return inMatrix ? skill : acquisition.itemId;
    }

    private static List<CurriculumItem> acquisitions(CurriculumModule module) {
        return module.items.stream().filter(i -> PRIORITY_KIND.equals(i.kind)).toList();
    }

    private static int priority(CurriculumItem item) {
        String priority = ItemAttributes.of(item).get("priority");
        return priority != null && priority.matches("[123]") ? Integer.parseInt(priority) : 3;
    }
}
