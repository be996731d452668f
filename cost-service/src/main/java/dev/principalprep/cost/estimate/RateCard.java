package dev.principalprep.cost.estimate;

import java.util.Map;
import java.util.Optional;

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

    public Optional<Rate> find(String key) {
        return Optional.ofNullable(rates.get(key));
    }

    /** The rate a workload field needs; its absence is the caller's error, named by field. */
    public Rate require(String key, String field) {
        return find(key).orElseThrow(() -> new InvalidInput(field,
                "catalog " + catalog + " v" + version + " has no " + key + " rate to price " + field));
    }
}
