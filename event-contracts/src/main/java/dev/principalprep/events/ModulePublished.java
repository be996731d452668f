package dev.principalprep.events;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A module version was published (or first loaded): its item inventory, so progress-service can track learners
 * without reading content-service's store. Schema: {@code schemas/module-published.v1.json}.
 */
public record ModulePublished(String moduleId, int version, String title, int estimatedHoursMin,
        int estimatedHoursMax, List<Item> items) {

    public static final String TYPE = "dev.principalprep.content.ModulePublished.v1";

    public ModulePublished {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(items, "items");
    }

    /**
     * A trackable item of the module: a step, checklist item, question, skill, takeaway or section. Attributes carry
     * what a consumer needs beyond the title: a skill's status per year and importance ({@code 2024}, {@code 2025},
     * {@code 2026}, {@code importance}), a table row's cells by lower-cased column ({@code cost model},
     * {@code example (100tb, 10k qps)}), a skill to acquire's {@code priority}, {@code skill} and {@code group}, a
     * checklist item's {@code group}, a question's {@code tests} and key {@code points}, a step's sub-{@code points}
     * (joined with "; "), a trait's {@code text}, the STAR section's {@code parts}. Absent for other kinds.
     */
    public record Item(String id, String kind, String title, int estimatedMinutes, Map<String, String> attributes) {

        public Item {
            Objects.requireNonNull(id, "items.id");
            Objects.requireNonNull(kind, "items.kind");
            Objects.requireNonNull(title, "items.title");
        }
    }
}
