package dev.principalprep.progress.tracking;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.progress.curriculum.CurriculumModuleView;

/**
 * A learner's progress through one module: each item, the totals, what is left, and what to study next. The module's
 * next steps (items of kind NEXT_STEP, what to do after the module) are shown apart from the percent: they are in
 * {@code items} with their state and counted in {@code nextSteps}, never in the items done, the percent or the next item.
 */
@Schema(name = "ModuleProgress", description = "A learner's progress through one module. The module's next steps (items of kind NEXT_STEP) are shown apart: listed in items and counted in nextSteps, but not in itemsCompleted, itemsTotal, percentComplete, minutesRemaining or nextItem.")
public record ModuleProgress(@Schema(description = "the module id") String moduleId,
        @Schema(description = "the module version tracked") int moduleVersion,
        @Schema(description = "the module's title") String title,
        @Schema(description = "every item of the module in reading order, with the learner's state of it") List<ItemView> items,
        @Schema(description = "items completed, next steps not counted") int itemsCompleted,
        @Schema(description = "items in the module, next steps not counted") int itemsTotal,
        @Schema(description = "share of the module's estimated minutes completed (by item count where the module has no estimates), in percent from 0 to 100, one decimal; next steps not counted") BigDecimal percentComplete,
        @Schema(description = "time the learner spent on all items, next steps included, in minutes") int minutesSpent,
        @Schema(description = "the module's own time estimate against the sum of its items' estimates, in minutes") Estimate estimate,
        @Schema(description = "estimated time left: the estimated minutes of the items not completed, next steps not counted") int minutesRemaining,
        @Schema(description = "what to study next: the first item in progress, else the first not started with an estimate, else the first not started; absent when every item is done", nullable = true) ItemView nextItem,
        @Schema(description = "the learner's cost passes toward the checklist item practice-cost-calculations") CostPractice costPractice,
        @Schema(description = "the module's next steps, completed of total, kept out of the percent") NextSteps nextSteps) {

    /** One item with the learner's state of it. */
    @Schema(name = "ItemProgress")
    public record ItemView(@Schema(description = "the item id, unique in the module") String id,
            @Schema(description = CurriculumModuleView.ITEM_KIND, enumeration = {
                    "STEP", "ROW", "TIP", "TRAIT", "QUESTION", "SKILL", "SKILL_TO_ACQUIRE", "CHECKLIST_ITEM", "TAKEAWAY",
                    "NEXT_STEP" }) String kind,
            @Schema(description = "the item's title") String title,
            @Schema(description = "the time the item takes, in minutes") int estimatedMinutes,
            @Schema(description = "the learner's state of the item; practice-cost-calculations shows COMPLETED once the cost passes reach their target") ItemStatus status,
            @Schema(description = "time the learner spent on it, in minutes, 0 to 6,000") int minutesSpent){
    }

    /** The module's own estimate against the time spent so far. */
    @Schema(name = "TimeEstimate")
    public record Estimate(@Schema(description = "the module's low estimate, in minutes") int minMinutes,
            @Schema(description = "the module's high estimate, in minutes") int maxMinutes,
            @Schema(description = "the sum of the items' estimated minutes, next steps not counted") int curriculumMinutes) {
    }

    /** Cost passes practised (estimates saved in cost-service); the checklist item counts as done at the target. */
    @Schema(name = "CostPractice")
    public record CostPractice(
            @Schema(description = "the learner's cost passes counted so far: estimates saved in cost-service with a total above $0, and own cost passes graded at least 85 of 100 (the default minimum)") long passes,
            @Schema(description = "cost passes the module asks for (3)") int target,
            @Schema(description = "whether the target is reached, which completes the cost practice checklist item") boolean done) {
    }

    /** The module's next steps, shown apart from its progress. */
    @Schema(name = "NextSteps", description = "The module's next steps (items of kind NEXT_STEP): what to do after the module, tracked but not part of its percent")
    public record NextSteps(@Schema(description = "next steps completed") int completed,
            @Schema(description = "next steps in the module") int total) {
    }
}
