package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.pricing.PriceRate;

/** One priced part of a workload: quantity times rate, with the formula and the assumptions in words. */
@Schema(name = "CostLine")
public record CostLine(PriceRate.Component component, String item, BigDecimal quantity, String unit, Rate rate,
        String formula, BigDecimal monthlyLow, BigDecimal monthlyHigh, List<String> assumptions) {
}
