package dev.principalprep.progress.skills;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.principalprep.problems.InvalidInput;

/**
 * What the self-assessment levels 0 to 4 mean, and the study hours it takes to reach each level from the one below
 * (defaults a learner can replace with their own).
 */
public final class SkillLevels {

    public static final int TOP = 4;
    /** Hours to reach level 1, 2, 3 and 4 from the level below. */
    public static final Map<Integer, Integer> DEFAULT_HOURS = Collections
            .unmodifiableSortedMap(new TreeMap<>(Map.of(1, 3, 2, 10, 3, 25, 4, 40)));
    static final int MAX_HOURS_PER_LEVEL = 500;

    static final List<SkillsPlan.Level> MEANINGS = List.of(
            new SkillsPlan.Level(0, "None", "Never used it; cannot yet say what it is for."),
            new SkillsPlan.Level(1, "Aware",
                    "Can explain what it is, when it applies and its main trade-off, well enough for an interview answer."),
            new SkillsPlan.Level(2, "Working",
                    "Has used it with guidance or in a side project; can sketch a simple design with it."),
            new SkillsPlan.Level(3, "Proficient",
                    "Has run it in production unaided; can discuss failure modes, scaling and monthly cost in depth."),
            new SkillsPlan.Level(4, "Expert",
                    "Has led it across teams and could teach it; can defend a principal-level design and its cost."));

    private SkillLevels() {
    }

    /** Hours from one level to a higher one: the sum of the hours of each level crossed. */
    public static int hours(int from, int to, Map<Integer, Integer> hoursPerLevel) {
        int hours = 0;
        for (int level = from + 1; level <= to; level++) {
            hours += hoursPerLevel.get(level);
        }
        return hours;
    }

    /** The hours a learner gives, keyed "1" to "4"; refuses anything but exactly one figure per level. */
    public static Map<Integer, Integer> checked(Map<String, Integer> given) {
        Map<Integer, Integer> hours = new TreeMap<>();
        for (Map.Entry<String, Integer> entry : given.entrySet()) {
            if (!entry.getKey().matches("[1-" + TOP + "]")) {
                throw new InvalidInput("hoursPerLevel." + entry.getKey(), "levels are 1 to " + TOP + "; there is no level "
                        + entry.getKey());
            }
            hours.put(Integer.parseInt(entry.getKey()), entry.getValue());
        }
        for (int level = 1; level <= TOP; level++) {
            if (!hours.containsKey(level)) {
                throw new InvalidInput("hoursPerLevel." + level, "give the hours to reach every level 1 to " + TOP + ": "
                        + level + " is missing");
            }
        }
        return hours;
    }
}
