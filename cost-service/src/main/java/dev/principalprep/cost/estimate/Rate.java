package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.pricing.InstanceHours;
import dev.principalprep.cost.pricing.PriceRate;

/**
 * A rate as the calculator uses it, with the catalog it came from and the date it took effect, so every figure can be
 * traced. A rate derived from instance-hours carries the conversion.
 */
@Schema(name = "Rate")
public record Rate(String key, String label, PriceRate.Component component, String unit,
        @Schema(description = "low end of the price, in USD per unit") BigDecimal low,
        @Schema(description = "high end of the price, in USD per unit") BigDecimal high,
        PriceRate.Basis basis, String source, @Schema(example = "2026-01-01") LocalDate effectiveDate, String catalog,
        @Schema(description = "the version of the price catalog the rate comes from") int catalogVersion,
        InstanceHours instanceHours) {

    public String citation() {
        return label + ", " + catalog + " v" + catalogVersion + " " + key + " (" + source + "; effective "
                + effectiveDate + ")";
    }

    /** The price in words: one figure, or a range. */
    public String price() {
        return low.compareTo(high) == 0 ? Numbers.dollars(low) : Numbers.dollars(low) + "–" + Numbers.dollars(high);
    }
}
