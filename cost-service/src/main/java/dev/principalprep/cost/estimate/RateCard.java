package dev.principalprep.cost.estimate;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.principalprep.cost.pricing.PriceCatalog;
import dev.principalprep.cost.pricing.PriceRate;
import dev.principalprep.problems.InvalidInput;

/** The rates of one catalog version, by role key ({@code storage.hot}, {@code compute.batch}, ...). */
public record RateCard(String catalog, int version, Map<String, Rate> rates) {

    public static final String STORAGE_HOT = "storage.hot";
    public static final String STORAGE_WARM = "storage.warm";
    public static final String STORAGE_COLD = "storage.cold";
    public static final String STORAGE_ARCHIVE = "storage.archive";
    public static final String COMPUTE_BATCH = "compute.batch";
    public static final String STREAMING_RETAINED = "streaming.retained";
    public static final String SERVING_SCANNED = "serving.scanned";
    public static final String DISCOUNT_SPOT = "discount.spot";
    public static final String DISCOUNT_COMMITMENT_1Y = "discount.commitment-1y";
    public static final String DISCOUNT_COMMITMENT_3Y = "discount.commitment-3y";

    /** The rate card of a stored catalog version. */
    public static RateCard of(PriceCatalog catalog) {
        Map<String, Rate> rates = catalog.rates.stream().map(r -> rate(catalog, r))
                .collect(Collectors.toMap(Rate::key, Function.identity()));
        return new RateCard(catalog.name, catalog.version, rates);
    }

    private static Rate rate(PriceCatalog catalog, PriceRate r) {
        return new Rate(r.rateKey, r.label, r.component, r.unit, r.low, r.high, r.basis, r.source, r.effectiveDate,
                catalog.name, catalog.version, r.instanceHours());
    }

    public Optional<Rate> find(String key) {
        return Optional.ofNullable(rates.get(key));
    }

    /** The rate a workload field needs; its absence is the caller's error, named by field. */
    public Rate require(String key, String field) {
        return find(key).orElseThrow(() -> new InvalidInput(field,
                "catalog " + catalog + " v" + version + " has no " + key + " rate to price " + field));
    }
}
