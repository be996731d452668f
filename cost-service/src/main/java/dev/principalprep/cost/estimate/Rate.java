package dev.principalprep.cost.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.pricing.InstanceHours;
import dev.principalprep.cost.pricing.PriceRate;
import dev.principalprep.cost.pricing.RateFields;

/**
 * A rate as the calculator uses it, with the catalog it came from and the date it took effect, so every figure can be
 * traced. A rate derived from instance-hours carries the conversion.
 */
@Schema(name = "Rate")
public record Rate(@Schema(description = RateFields.KEY) String key, @Schema(description = RateFields.LABEL) String label,
        @Schema(description = RateFields.COMPONENT) PriceRate.Component component,
        @Schema(description = RateFields.UNIT) String unit, @Schema(description = RateFields.LOW) BigDecimal low,
        @Schema(description = RateFields.HIGH) BigDecimal high, @Schema(description = RateFields.BASIS) PriceRate.Basis basis,
        @Schema(description = RateFields.SOURCE) String source,
        @Schema(description = RateFields.EFFECTIVE_DATE, example = "2026-01-01") LocalDate effectiveDate,
        @Schema(description = "the name of the price catalog the rate comes from") String catalog,
        @Schema(description = "the version of the price catalog the rate comes from") int catalogVersion,
        @Schema(description = RateFields.INSTANCE_HOURS) InstanceHours instanceHours) {

    public String citation() {
        return label + ", " + catalog + " v" + catalogVersion + " " + key + " (" + source + "; effective "
                + effectiveDate + ")";
    }

    /** The price in words: one figure, or a range. */
    public String price() {
        return low.compareTo(high) == 0 ? Numbers.dollars(low) : Numbers.dollars(low) + "–" + Numbers.dollars(high);
    }
}
