package dev.principalprep.cost.estimate;

import java.math.BigDecimal;

import dev.principalprep.cost.pricing.PriceRate;

/** A rate as the calculator uses it, with the catalog it came from so every figure can be traced. */
public record Rate(String key, String label, PriceRate.Component component, String unit, BigDecimal low, BigDecimal high,
        PriceRate.Basis basis, String source, String catalog, int catalogVersion) {

    public String citation() {
        return label + ", " + catalog + " v" + catalogVersion + " " + key + " (" + source + ")";
    }
}
