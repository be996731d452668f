package dev.principalprep.progress.curriculum;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A module of the curriculum read model with its items. */
@Schema(name = "CurriculumModule")
public record CurriculumModuleView(String moduleId, int version, String title, int estimatedHoursMin,
        int estimatedHoursMax, int estimatedMinutesTotal, List<ItemView> items) {

    /** One trackable item. */
    @Schema(name = "CurriculumItem")
    public record ItemView(String id, String kind, String title, int estimatedMinutes) {
    }

    static CurriculumModuleView of(CurriculumModule module) {
        List<ItemView> items = module.items.stream()
                .map(i -> new ItemView(i.itemId, i.kind, i.title, i.estimatedMinutes)).toList();
        return new CurriculumModuleView(module.moduleId, module.version, module.title, module.estimatedHoursMin,
                module.estimatedHoursMax, items.stream().mapToInt(ItemView::estimatedMinutes).sum(), items);
    }
}
