package dev.principalprep.events;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A learner saved a cost estimate (a cost pass practised). Schema: {@code schemas/estimate-created.v1.json}.
 * Amounts are US dollars per month, to the cent.
 */
public record EstimateCreated(String estimateId, String owner, BigDecimal totalLow, BigDecimal totalHigh,
        String catalog, int catalogVersion) {

    public static final String TYPE = "dev.principalprep.cost.EstimateCreated.v1";

    public EstimateCreated {
        Objects.requireNonNull(estimateId, "estimateId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(totalLow, "totalLow");
        Objects.requireNonNull(totalHigh, "totalHigh");
        Objects.requireNonNull(catalog, "catalog");
    }
}
