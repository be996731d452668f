package dev.principalprep.cost.optimization;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The cost levers on one estimate: each alone, all combined, and committed against on-demand pricing. */
@Schema(name = "OptimizationReport")
public record OptimizationReport(@Schema(description = "low end of the estimate's total, in USD per month") BigDecimal totalLow,
        @Schema(description = "high end of the estimate's total, in USD per month") BigDecimal totalHigh, List<Lever> levers,
        Lever combined,
        List<Commitment> commitments, List<String> notes) {

    /**
     * One lever: the monthly total before it (the estimate's, or for auto-scaling a fleet sized for the peak) and after
     * it; the saving is always the difference. A lever that does not apply says why and saves 0.
     */
    @Schema(name = "Lever")
    public record Lever(String id, String title, boolean applicable,
            @Schema(description = "baselineLow − newTotalLow") BigDecimal savingLow,
            @Schema(description = "baselineHigh − newTotalHigh") BigDecimal savingHigh,
            @Schema(description = "low end of the total before the lever, in USD per month") BigDecimal baselineLow,
            @Schema(description = "high end of the total before the lever, in USD per month") BigDecimal baselineHigh,
            @Schema(description = "low end of the total with the lever, in USD per month") BigDecimal newTotalLow,
            @Schema(description = "high end of the total with the lever, in USD per month") BigDecimal newTotalHigh,
            List<String> assumptions, String caveat,
            @Schema(description = "why the lever does not apply; null when it does", nullable = true) String notApplicableBecause) {

        /** A lever that applies: its saving is the difference of the totals, never a separate figure. */
        static Lever of(String id, String title, BigDecimal baselineLow, BigDecimal baselineHigh, BigDecimal newTotalLow,
                BigDecimal newTotalHigh, List<String> assumptions, String caveat) {
            return new Lever(id, title, true, baselineLow.subtract(newTotalLow), baselineHigh.subtract(newTotalHigh),
                    baselineLow, baselineHigh, newTotalLow, newTotalHigh, assumptions, caveat, null);
        }
    }

    /** Committed (reserved) compute against on-demand over a term. */
    @Schema(name = "Commitment")
    public record Commitment(@Schema(description = "the commitment term, in years (1 or 3)") int years, boolean priced,
            @Schema(description = "low end of the on-demand price, in USD per month") BigDecimal onDemandLow,
            @Schema(description = "high end of the on-demand price, in USD per month") BigDecimal onDemandHigh,
            @Schema(description = "low end of the committed price, in USD per month") BigDecimal committedLow,
            @Schema(description = "high end of the committed price, in USD per month") BigDecimal committedHigh, String rate,
            String note) {
    }
}
