package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.pricing.PriceRate;

/** One priced part of a workload: quantity times rate, with the formula and the assumptions in words. */
@Schema(name = "CostLine")
public record CostLine(PriceRate.Component component, String item,
        @Schema(description = "how much of the rate unit the month uses (the unit is the line's unit, such as TB-month or vCPU-hour)") BigDecimal quantity,
        String unit, Rate rate,
        String formula, @Schema(description = "low end of this line, in USD per month") BigDecimal monthlyLow,
        @Schema(description = "high end of this line, in USD per month") BigDecimal monthlyHigh, List<String> assumptions) {
}
