package dev.principalprep.progress.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A module's cohort in aggregate: how many completed each item, and how percent complete is spread. No one's data. */
@Schema(name = "CohortReport")
public record CohortReport(String moduleId, @Schema(description = "the module version reported on") int moduleVersion,
        @Schema(description = "how many learners track the module") long learners, List<ItemCompletion> items,
        Map<String, Long> percentCompleteDistribution) {

    /** How many of the cohort completed one item. */
    @Schema(name = "ItemCompletion")
    public record ItemCompletion(@Schema(description = "the item id") String itemId,
            @Schema(description = "what the item is, named after its section's kind", enumeration = {
                    "STEP", "ROW", "TIP", "TRAIT", "QUESTION", "SKILL", "SKILL_TO_ACQUIRE", "CHECKLIST_ITEM", "TAKEAWAY",
                    "NEXT_STEP" }) String kind,
            @Schema(description = "the item's title") String title,
            @Schema(description = "learners who completed the item") long completed,
            @Schema(description = "completed divided by learners, a fraction from 0 to 1") BigDecimal share){
    }
}
