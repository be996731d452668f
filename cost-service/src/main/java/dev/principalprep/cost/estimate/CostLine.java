package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.pricing.PriceRate;

/** One priced part of a workload: quantity times rate, with the formula and the assumptions in words. */
@Schema(name = "CostLine")
public record CostLine(@Schema(description = "the component the line prices") PriceRate.Component component,
        @Schema(description = "what the line prices: Storage (hot, warm, cold or archive), Batch compute, Streaming retention or Query serving") String item,
        @Schema(description = "the quantity priced for the month, in the line's unit") BigDecimal quantity,
        @Schema(description = "the unit of the quantity, which the rate is per: TB-month, TB processed, GB-month or TB queried") String unit,
        @Schema(description = "the rate the line is priced at, with its catalog, source and effective date") Rate rate,
        @Schema(description = "the line's arithmetic in words: quantity × rate per unit") String formula,
        @Schema(description = "low end of this line, in USD per month") BigDecimal monthlyLow,
        @Schema(description = "high end of this line, in USD per month") BigDecimal monthlyHigh,
        @Schema(description = "where the quantity and the rate come from, in words") List<String> assumptions) {
}
