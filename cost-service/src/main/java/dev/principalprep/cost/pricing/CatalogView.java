package dev.principalprep.cost.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalog version with its rates, as shown to clients. */
@Schema(name = "PriceCatalog")
public record CatalogView(@Schema(description = "the catalog's name, such as module-9 or aws-list-2026") String name,
        @Schema(description = "the catalog version, from 1") int version,
        @Schema(description = "what the catalog version prices and where its rates come from") String description,
        @Schema(description = "the version's rates, one per key") List<RateView> rates) {

    /** One rate with its unit, range, basis and source. */
    @Schema(name = "PriceRate")
    public record RateView(@Schema(description = RateFields.KEY) String key,
            @Schema(description = RateFields.LABEL) String label,
            @Schema(description = RateFields.COMPONENT) PriceRate.Component component,
            @Schema(description = RateFields.UNIT) String unit, @Schema(description = RateFields.LOW) BigDecimal low,
            @Schema(description = RateFields.HIGH) BigDecimal high,
            @Schema(description = RateFields.BASIS) PriceRate.Basis basis,
            @Schema(description = RateFields.SOURCE) String source,
            @Schema(description = RateFields.EFFECTIVE_DATE, example = "2026-03-01") LocalDate effectiveDate,
            @Schema(description = RateFields.INSTANCE_HOURS) InstanceHours instanceHours) {
    }

    static CatalogView of(PriceCatalog catalog) {
        return new CatalogView(catalog.name, catalog.version, catalog.description, catalog.rates.stream()
                .map(r -> new RateView(r.rateKey, r.label, r.component, r.unit, r.low, r.high, r.basis, r.source,
                        r.effectiveDate, r.instanceHours()))
                .toList());
    }
}
