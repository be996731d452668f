package dev.principalprep.cost.levers;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The cost levers on one estimate: each alone, all combined, and committed against on-demand pricing. */
@Schema(name = "OptimizationReport")
public record OptimizationReport(BigDecimal totalLow, BigDecimal totalHigh, List<Lever> levers, Lever combined,
        List<Commitment> commitments, List<String> notes) {

    /** One lever: what it saves per month (low and high) and the total after it. */
    @Schema(name = "Lever")
    public record Lever(String id, String title, boolean applicable, BigDecimal savingLow, BigDecimal savingHigh,
            BigDecimal newTotalLow, BigDecimal newTotalHigh, List<String> assumptions, String caveat) {
    }

    /** Committed (reserved) compute against on-demand over a term. */
    @Schema(name = "Commitment")
    public record Commitment(int years, boolean priced, BigDecimal onDemandLow, BigDecimal onDemandHigh,
            BigDecimal committedLow, BigDecimal committedHigh, String rate, String note) {
    }
}
