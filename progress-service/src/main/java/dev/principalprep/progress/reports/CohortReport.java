package dev.principalprep.progress.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.progress.curriculum.CurriculumModuleView;

/** A module's cohort in aggregate: how many completed each item, and how percent complete is spread. No one's data. */
@Schema(name = "CohortReport")
public record CohortReport(@Schema(description = "the module id") String moduleId,
        @Schema(description = "the module version reported on") int moduleVersion,
        @Schema(description = "The named cohort reported on, if one was asked for; null otherwise", nullable = true) String cohort,
        @Schema(description = "The token group reported on, if one was asked for; null otherwise", nullable = true) String group,
        @Schema(description = "First day (UTC) of the range, if one was asked for; null otherwise", nullable = true) LocalDate from,
        @Schema(description = "Last day (UTC, inclusive) of the range, if one was asked for; null otherwise", nullable = true) LocalDate to,
        @Schema(description = "Learners of the cohort with progress in the module (in the range, if any); only learner tokens count") long learners,
        @Schema(description = "every item of the module in reading order, with how many of the cohort completed it") List<ItemCompletion> items,
        @Schema(description = "Learners per band of percent complete as it stands, keyed 0-24, 25-49, 50-74, 75-99 and 100 (a band runs up to the next band's start)") Map<String, Long> percentCompleteDistribution) {

    /** How many of the cohort completed one item. */
    @Schema(name = "ItemCompletion")
    public record ItemCompletion(@Schema(description = "the item id") String itemId,
            @Schema(description = CurriculumModuleView.ITEM_KIND, enumeration = {
                    "STEP", "ROW", "TIP", "TRAIT", "QUESTION", "SKILL", "SKILL_TO_ACQUIRE", "CHECKLIST_ITEM", "TAKEAWAY",
                    "NEXT_STEP" }) String kind,
            @Schema(description = "the item's title") String title,
            @Schema(description = "Learners who completed it (in the range, if any)") long completed,
            @Schema(description = "completed / learners, a fraction from 0 to 1, three decimals") BigDecimal share){
    }

    /** Which learners and which days a report covers; null means any. */
    public record Filter(String cohort, String group, LocalDate from, LocalDate to) {
    }
}
