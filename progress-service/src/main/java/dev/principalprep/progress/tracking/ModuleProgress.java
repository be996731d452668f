package dev.principalprep.progress.tracking;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learner's progress through one module: each item, the totals, what is left, and what to study next. */
@Schema(name = "ModuleProgress")
public record ModuleProgress(String moduleId, int moduleVersion, String title, List<ItemView> items,
        int itemsCompleted, int itemsTotal, BigDecimal percentComplete, int minutesSpent, Estimate estimate,
        int minutesRemaining, ItemView nextItem, CostPractice costPractice) {

    /** One item with the learner's state of it. */
    @Schema(name = "ItemProgress")
    public record ItemView(String id, String kind, String title, int estimatedMinutes, ItemStatus status,
            int minutesSpent) {
    }

    /** The module's own estimate against the time spent so far. */
    @Schema(name = "TimeEstimate")
    public record Estimate(int minMinutes, int maxMinutes, int curriculumMinutes) {
    }

    /** Cost passes practised (estimates saved in cost-service); the checklist item counts as done at the target. */
    @Schema(name = "CostPractice")
    public record CostPractice(long passes, int target, boolean done) {
    }
}
