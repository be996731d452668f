package dev.principalprep.events;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A learner's own cost pass was graded against the reference estimate of its workload. Schema:
 * {@code schemas/cost-pass-graded.v1.json}; on {@code cost.passes.v1}, keyed by pass id. The score (0 to 100) decides
 * whether the pass counts as practice; the reference totals are US dollars per month, to the cent.
 */
public record CostPassGraded(String passId, String owner, String promptId, int score, BigDecimal referenceTotalLow,
        BigDecimal referenceTotalHigh, String catalog, int catalogVersion) {

    public static final String TYPE = "dev.principalprep.cost.CostPassGraded.v1";

    public CostPassGraded {
        Objects.requireNonNull(passId, "passId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(referenceTotalLow, "referenceTotalLow");
        Objects.requireNonNull(referenceTotalHigh, "referenceTotalHigh");
        Objects.requireNonNull(catalog, "catalog");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score is 0 to 100, not " + score);
        }
    }
}
