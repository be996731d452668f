package dev.principalprep.progress.tracking;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learner's progress through one module: each item, the totals, what is left, and what to study next. */
@Schema(name = "ModuleProgress")
public record ModuleProgress(String moduleId, @Schema(description = "the module version tracked") int moduleVersion,
        String title, List<ItemView> items,
        @Schema(description = "items completed") int itemsCompleted,
        @Schema(description = "items in the module") int itemsTotal,
        @Schema(description = "share of the module's estimated minutes completed, in percent from 0 to 100") BigDecimal percentComplete,
        @Schema(description = "time spent, in minutes") int minutesSpent, Estimate estimate,
        @Schema(description = "estimated time left, in minutes") int minutesRemaining, ItemView nextItem,
        CostPractice costPractice) {

    /** One item with the learner's state of it. */
    @Schema(name = "ItemProgress")
    public record ItemView(@Schema(description = "the item id, unique in the module") String id,
            @Schema(description = "what the item is, named after its section's kind", enumeration = {
                    "STEP", "ROW", "TIP", "TRAIT", "QUESTION", "SKILL", "SKILL_TO_ACQUIRE", "CHECKLIST_ITEM", "TAKEAWAY",
                    "NEXT_STEP" }) String kind,
            @Schema(description = "the item's title") String title,
            @Schema(description = "the time the item takes, in minutes") int estimatedMinutes, ItemStatus status,
            @Schema(description = "time the learner spent on it, in minutes") int minutesSpent){
    }

    /** The module's own estimate against the time spent so far. */
    @Schema(name = "TimeEstimate")
    public record Estimate(@Schema(description = "the module's low estimate, in minutes") int minMinutes,
            @Schema(description = "the module's high estimate, in minutes") int maxMinutes,
            @Schema(description = "the sum of the items' estimated minutes") int curriculumMinutes) {
    }

    /** Cost passes practised (estimates saved in cost-service); the checklist item counts as done at the target. */
    @Schema(name = "CostPractice")
    public record CostPractice(@Schema(description = "cost passes graded so far") long passes,
            @Schema(description = "cost passes the module asks for") int target, boolean done) {
    }
}
