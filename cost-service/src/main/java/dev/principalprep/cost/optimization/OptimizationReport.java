package dev.principalprep.cost.optimization;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The cost levers on one estimate: each alone, all combined, and committed against on-demand pricing. */
@Schema(name = "OptimizationReport")
public record OptimizationReport(@Schema(description = "low end of the estimate's total, in USD per month") BigDecimal totalLow,
        @Schema(description = "high end of the estimate's total, in USD per month") BigDecimal totalHigh,
        @Schema(description = "each lever alone: spot-instances, storage-tiering, lifecycle-archiving, auto-scaling, caching, compaction") List<Lever> levers,
        @Schema(description = "all the levers together (id combined)") Lever combined,
        @Schema(description = "compute committed for 1 year and for 3 years, against on-demand") List<Commitment> commitments,
        @Schema(description = "what the figures leave out, in words") List<String> notes) {

    /**
     * One lever: the monthly total before it (the estimate's, or for auto-scaling a fleet sized for the peak) and after
     * it; the saving is always the difference. A lever that does not apply says why and saves 0.
     */
    @Schema(name = "Lever")
    public record Lever(
            @Schema(description = "the lever's id: spot-instances, storage-tiering, lifecycle-archiving, auto-scaling, caching, compaction, or combined") String id,
            @Schema(description = "the lever's name") String title,
            @Schema(description = "whether the lever applies to this estimate; when not, it saves 0 and notApplicableBecause says why") boolean applicable,
            @Schema(description = "the saving at the low end, baselineLow − newTotalLow, in USD per month") BigDecimal savingLow,
            @Schema(description = "the saving at the high end, baselineHigh − newTotalHigh, in USD per month") BigDecimal savingHigh,
            @Schema(description = "low end of the total before the lever, in USD per month") BigDecimal baselineLow,
            @Schema(description = "high end of the total before the lever, in USD per month") BigDecimal baselineHigh,
            @Schema(description = "low end of the total with the lever, in USD per month") BigDecimal newTotalLow,
            @Schema(description = "high end of the total with the lever, in USD per month") BigDecimal newTotalHigh,
            @Schema(description = "what the lever's figures assume, with the rates cited; empty when it does not apply") List<String> assumptions,
            @Schema(description = "what the lever costs or risks; null when it does not apply", nullable = true) String caveat,
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
    public record Commitment(@Schema(description = "the commitment term, in years (1 or 3)") int years,
            @Schema(description = "whether the catalogs hold a sourced discount for this term; when not, the committed figures are null") boolean priced,
            @Schema(description = "low end of the compute's on-demand cost over the whole term, in USD") BigDecimal onDemandLow,
            @Schema(description = "high end of the compute's on-demand cost over the whole term, in USD") BigDecimal onDemandHigh,
            @Schema(description = "low end of the compute's committed cost over the whole term, in USD; null when not priced", nullable = true) BigDecimal committedLow,
            @Schema(description = "high end of the compute's committed cost over the whole term, in USD; null when not priced", nullable = true) BigDecimal committedHigh,
            @Schema(description = "the commitment discount used, cited with its catalog, key, source and date; null when not priced", nullable = true) String rate,
            @Schema(description = "what to weigh before committing, or why no commitment is priced") String note) {
    }
}
