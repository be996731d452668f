package dev.principalprep.content.modules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.principalprep.problems.InvalidInput;

/**
 * What Bean Validation cannot say about content: ids unique in the module (409), and what each section kind needs
 * (422), each failure naming the field.
 */
public final class ContentRules {

    /** The closed values of a skills matrix, as the contract's Skill schema lists them: a year's status, importance. */
    static final Set<String> SKILL_STATUSES = Set.of("New", "Hype", "Emerging", "Growing", "Important", "Critical",
            "Standard", "Mature", "Niche", "Declining");
    static final Set<String> SKILL_IMPORTANCE = Set.of("Critical", "High", "Medium", "Low", "Very Low");
    static final String IMPORTANCE_COLUMN = "Importance";

    private ContentRules() {
    }

    public static void check(ModuleContent module) {
        if (module.estimatedHours().min() > module.estimatedHours().max()) {
            throw new InvalidInput("estimatedHours.min", "min is above max");
        }
        Set<String> seen = new HashSet<>();
        for (String id : module.allIds()) {
            if (!seen.add(id)) {
                throw InvalidInput.conflict("id", "id " + id + " is used twice in module " + module.id());
            }
        }
        for (int s = 0; s < module.sections().size(); s++) {
            checkSection(module.sections().get(s), "sections[" + s + "]");
        }
        for (int d = 0; d < module.documents().size(); d++) {
            List<Section> sections = module.documents().get(d).sections();
            for (int s = 0; s < sections.size(); s++) {
                checkSection(sections.get(s), "documents[" + d + "].sections[" + s + "]");
            }
        }
    }

    public static void checkSection(Section section, String path) {
        if (section.kind() == SectionKind.PROSE && !section.items().isEmpty()) {
            throw new InvalidInput(path + ".items", "a PROSE section has no items");
        }
        if (section.example() != null && section.kind() != SectionKind.STORY_TEMPLATE) {
            throw new InvalidInput(path + ".example", "only a STORY_TEMPLATE has an example");
        }
        boolean tabular = section.kind() == SectionKind.TABLE || section.kind() == SectionKind.SKILLS_MATRIX;
        if (tabular && section.columns().isEmpty()) {
            throw new InvalidInput(path + ".columns", "a " + section.kind() + " needs columns");
        }
        for (int i = 0; i < section.items().size(); i++) {
            checkItem(section, section.items().get(i), path + ".items[" + i + "]");
        }
    }

    public static void checkItem(Section section, Item item, String path) {
        switch (section.kind()) {
            case TABLE -> checkCells(section, item, path);
            case SKILLS_MATRIX -> {
                checkCells(section, item, path);
                for (int c = 0; c < item.cells().size(); c++) {
                    checkMatrixCell(section.columns().get(c), item.cells().get(c), path + ".cells[" + c + "]");
                }
            }
            case QUESTIONS -> {
                if (item.tests().isEmpty()) {
                    throw new InvalidInput(path + ".tests", "a question names what it tests");
                }
            }
            case PRIORITIZED_LIST -> {
                if (item.priority() == null) {
                    throw new InvalidInput(path + ".priority", "a prioritized item needs a priority from 1 to 3");
                }
            }
            case CHECKLIST -> {
                if (item.group() == null || item.group().isBlank()) {
                    throw new InvalidInput(path + ".group", "a checklist item belongs to a group (before, during, after)");
                }
            }
            case PROSE -> throw new InvalidInput(path, "a PROSE section has no items");
            default -> {
            }
        }
    }

    private static void checkCells(Section section, Item item, String path) {
        if (item.cells().size() != section.columns().size()) {
            throw new InvalidInput(path + ".cells", "needs " + section.columns().size() + " cells, one per column");
        }
    }

    /** A year column holds a status, the Importance column an importance; other columns (the skill's name) are free. */
    private static void checkMatrixCell(String column, String cell, String path) {
        if (column.matches("\\d{4}") && !SKILL_STATUSES.contains(cell)) {
            throw new InvalidInput(path, "a " + column + " status is one of " + String.join(", ", sorted(SKILL_STATUSES)));
        }
        if (IMPORTANCE_COLUMN.equals(column) && !SKILL_IMPORTANCE.contains(cell)) {
            throw new InvalidInput(path, "an importance is one of " + String.join(", ", sorted(SKILL_IMPORTANCE)));
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
