package dev.principalprep.cost.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalog version with its rates, as shown to clients. */
@Schema(name = "PriceCatalog")
public record CatalogView(String name, @Schema(description = "the catalog version, from 1") int version, String description,
        List<RateView> rates) {

    /** One rate with its unit, range, basis and source. */
    @Schema(name = "PriceRate")
    public record RateView(String key, String label, PriceRate.Component component, String unit,
            @Schema(description = "low end of the price, in USD per unit") BigDecimal low,
            @Schema(description = "high end of the price, in USD per unit") BigDecimal high,
            PriceRate.Basis basis, String source, LocalDate effectiveDate, InstanceHours instanceHours) {
    }

    static CatalogView of(PriceCatalog catalog) {
        return new CatalogView(catalog.name, catalog.version, catalog.description, catalog.rates.stream()
                .map(r -> new RateView(r.rateKey, r.label, r.component, r.unit, r.low, r.high, r.basis, r.source,
                        r.effectiveDate, r.instanceHours()))
                .toList());
    }
}
