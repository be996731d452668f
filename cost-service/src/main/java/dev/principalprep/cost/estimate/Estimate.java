package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.pricing.PriceRate;

/**
 * A monthly cost estimate: the lines, their exact sum, what dominates, the quantities derived from the inputs and how,
 * the components that could not be priced and what would price them, and figures to sanity-check the inputs.
 */
@Schema(name = "EstimateResult")
public record Estimate(String catalog, @Schema(description = "the version of the price catalog used") int catalogVersion,
        List<CostLine> lines, @Schema(description = "low end of the total, in USD per month") BigDecimal totalLow,
        @Schema(description = "high end of the total, in USD per month") BigDecimal totalHigh,
        PriceRate.Component dominantComponent, List<Figure> sanityFigures,
        List<String> assumptions, List<Figure> derivedQuantities, List<NotPriced> notPriced) {

    /** Estimates saved before derived quantities and unpriced components were stated read as having none. */
    public Estimate {
        derivedQuantities = derivedQuantities == null ? List.of() : derivedQuantities;
        notPriced = notPriced == null ? List.of() : notPriced;
    }

    /** A figure with how it was derived: a quantity an estimate is priced on, or one to check the inputs by. */
    @Schema(name = "Figure")
    public record Figure(@Schema(example = "tbQueriedPerMonth") String name,
            @Schema(description = "the figure, in the unit named by unit", example = "10000") BigDecimal value,
            @Schema(example = "TB") String unit,
            @Schema(example = "10,000 QPS × 0.38580247 MB per query × 2,592,000 s per month ÷ 1,000,000 MB per TB") String derivation) {
    }

    /** A component the workload does not give enough to price, and the inputs that would price it. */
    @Schema(name = "NotPriced")
    public record NotPriced(PriceRate.Component component,
            @Schema(example = "no TB processed per month and no scans per month") String reason,
            @Schema(example = "[\"processing.tbProcessedPerMonth\", \"processing.scansPerMonth\"]") List<String> inputs) {
    }

    public BigDecimal componentLow(PriceRate.Component component) {
        return lines.stream().filter(l -> l.component() == component).map(CostLine::monthlyLow)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal componentHigh(PriceRate.Component component) {
        return lines.stream().filter(l -> l.component() == component).map(CostLine::monthlyHigh)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean prices(PriceRate.Component component) {
        return lines.stream().anyMatch(l -> l.component() == component);
    }
}
