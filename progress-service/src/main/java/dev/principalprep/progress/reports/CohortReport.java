package dev.principalprep.progress.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A module's cohort in aggregate: how many completed each item, and how percent complete is spread. No one's data. */
@Schema(name = "CohortReport")
public record CohortReport(String moduleId, int moduleVersion, long learners, List<ItemCompletion> items,
        Map<String, Long> percentCompleteDistribution) {

    /** How many of the cohort completed one item. */
    @Schema(name = "ItemCompletion")
    public record ItemCompletion(String itemId, String kind, String title, long completed, BigDecimal share) {
    }
}
