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
public record Estimate(@Schema(description = "the name of the price catalog used") String catalog,
        @Schema(description = "the version of the price catalog used") int catalogVersion,
        @Schema(description = "the priced lines, one per quantity priced") List<CostLine> lines,
        @Schema(description = "low end of the total, in USD per month") BigDecimal totalLow,
        @Schema(description = "high end of the total, in USD per month") BigDecimal totalHigh,
        @Schema(description = "the component that costs the most a month (by its high end, then its low end)") PriceRate.Component dominantComponent,
        @Schema(description = "figures to sanity-check the inputs by, such as queries per month and KB scanned per query") List<Figure> sanityFigures,
        @Schema(description = "what every figure assumes, in words: units, the length of a month, the catalog") List<String> assumptions,
        @Schema(description = "the quantities derived from the inputs, each with its derivation") List<Figure> derivedQuantities,
        @Schema(description = "the components the workload does not give enough to price, with the inputs that would") List<NotPriced> notPriced) {

    /** Estimates saved before derived quantities and unpriced components were stated read as having none. */
    public Estimate {
        derivedQuantities = derivedQuantities == null ? List.of() : derivedQuantities;
        notPriced = notPriced == null ? List.of() : notPriced;
    }

    /** A figure with how it was derived: a quantity an estimate is priced on, or one to check the inputs by. */
    @Schema(name = "Figure")
    public record Figure(
            @Schema(description = "what the figure is, named like an input (such as tbQueriedPerMonth or queriesPerMonth)", example = "tbQueriedPerMonth") String name,
            @Schema(description = "the figure, in the unit named by unit", example = "10000") BigDecimal value,
            @Schema(description = "the figure's unit: TB, GB, KB, queries, full scans, or × for a ratio", example = "TB") String unit,
            @Schema(description = "how the figure follows from the inputs, in words", example = "10,000 QPS × 0.38580247 MB per query × 2,592,000 s per month ÷ 1,000,000 MB per TB") String derivation) {
    }

    /** A component the workload does not give enough to price, and the inputs that would price it. */
    @Schema(name = "NotPriced")
    public record NotPriced(@Schema(description = "the component not priced") PriceRate.Component component,
            @Schema(description = "why it is not priced, in words", example = "no TB processed per month and no scans per month") String reason,
            @Schema(description = "the workload inputs, as field paths, any one of which would price it", example = "[\"processing.tbProcessedPerMonth\", \"processing.scansPerMonth\"]") List<String> inputs) {
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
