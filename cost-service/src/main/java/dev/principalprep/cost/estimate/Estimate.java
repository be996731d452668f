package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.pricing.PriceRate;

/** A monthly cost estimate: the lines, their exact sum, what dominates, and figures to sanity-check the inputs. */
@Schema(name = "EstimateResult")
public record Estimate(String catalog, int catalogVersion, List<CostLine> lines, BigDecimal totalLow,
        BigDecimal totalHigh, PriceRate.Component dominantComponent, List<SanityFigure> sanityFigures,
        List<String> assumptions) {

    /** A derived figure a candidate should say out loud to check the inputs make sense. */
    @Schema(name = "SanityFigure")
    public record SanityFigure(String name, BigDecimal value, String unit, String derivation) {
    }

    public BigDecimal componentLow(PriceRate.Component component) {
        return lines.stream().filter(l -> l.component() == component).map(CostLine::monthlyLow)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal componentHigh(PriceRate.Component component) {
        return lines.stream().filter(l -> l.component() == component).map(CostLine::monthlyHigh)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
