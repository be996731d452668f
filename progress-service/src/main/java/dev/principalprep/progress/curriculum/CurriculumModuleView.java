package dev.principalprep.progress.curriculum;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A module of the curriculum read model with its items. */
@Schema(name = "CurriculumModule")
public record CurriculumModuleView(@Schema(description = "the module id") String moduleId,
        @Schema(description = "the module version tracked") int version,
        @Schema(description = "the module's title") String title,
        @Schema(description = "the module's own estimate of its study time, in hours (10 to 12 for Module 9)") HoursRange estimatedHours,
        @Schema(description = "the sum of the items' estimated minutes") int estimatedMinutesTotal,
        @Schema(description = "the module's items in reading order") List<ItemView> items) {

    /** What an item's kind means, for every schema that shows one. */
    public static final String ITEM_KIND = "what the item is, after its section's kind: STEP a framework step, ROW a table row (in Module 9 a cost model), "
            + "TIP a tip, TRAIT a trait of a STAR story, QUESTION a leadership question, SKILL a skill of the 2026 matrix, "
            + "SKILL_TO_ACQUIRE a skill to acquire, CHECKLIST_ITEM a mock interview checklist item, TAKEAWAY a key takeaway, "
            + "NEXT_STEP what to do after the module";

    /** The module's own estimate, the same shape (and schema) as content-service's. */
    @Schema(name = "HoursRange")
    public record HoursRange(@Schema(description = "the low estimate, in hours") @Min(0) @Max(1000) int min,
            @Schema(description = "the high estimate, in hours") @Min(0) @Max(1000) int max) {
    }

    /** One trackable item. */
    @Schema(name = "CurriculumItem")
    public record ItemView(@Schema(description = "the item id, unique in the module") String id,
            @Schema(description = ITEM_KIND, enumeration = {
                    "STEP", "ROW", "TIP", "TRAIT", "QUESTION", "SKILL", "SKILL_TO_ACQUIRE", "CHECKLIST_ITEM", "TAKEAWAY",
                    "NEXT_STEP" }) String kind,
            @Schema(description = "the item's title") String title,
            @Schema(description = "the time the item takes, in minutes") int estimatedMinutes){
    }

    static CurriculumModuleView of(CurriculumModule module) {
        List<ItemView> items = module.items.stream()
                .map(i -> new ItemView(i.itemId, i.kind, i.title, i.estimatedMinutes)).toList();
        return new CurriculumModuleView(module.moduleId, module.version, module.title,
                new HoursRange(module.estimatedHoursMin, module.estimatedHoursMax),
                items.stream().mapToInt(ItemView::estimatedMinutes).sum(), items);
    }
}
