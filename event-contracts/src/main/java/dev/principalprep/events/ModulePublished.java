package dev.principalprep.events;

import java.util.List;

/**
 * A module version was published (or first loaded): its item inventory, so progress-service can track learners
 * without reading content-service's store. Schema: {@code schemas/module-published.v1.json}.
 */
public record ModulePublished(String moduleId, int version, String title, int estimatedHoursMin,
        int estimatedHoursMax, List<Item> items) {

    public static final String TYPE = "dev.principalprep.content.ModulePublished.v1";

    /** A trackable item of the module: a step, checklist item, question, skill, takeaway or section. */
    public record Item(String id, String kind, String title, int estimatedMinutes) {
    }
}
