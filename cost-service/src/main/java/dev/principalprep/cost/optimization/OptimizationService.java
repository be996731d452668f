package dev.principalprep.cost.optimization;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.cost.estimate.EstimateService;
import dev.principalprep.cost.estimate.RateCard;
import dev.principalprep.cost.pricing.CatalogRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Applies the levers to one of the owner's estimates, with the catalog it was priced by and the reference prices. */
@ApplicationScoped
public class OptimizationService {

    /** The catalog of public list prices that levers fall back on for rates the estimate's catalog lacks. */
    static final String REFERENCE_CATALOG = "aws-list-2026";

    private final EstimateService estimates;
    private final CatalogRepository catalogs;

    public OptimizationService(EstimateService estimates, CatalogRepository catalogs) {
        this.estimates = estimates;
        this.catalogs = catalogs;
    }

    @WithSession
    public Uni<OptimizationReport> optimize(String owner, UUID estimateId, LeverAssumptions assumptions) {
        return estimates.get(owner, estimateId).chain(view -> catalogs
                .findWithRates(view.result().catalog(), view.result().catalogVersion())
                .chain(primary -> catalogs.findWithRates(REFERENCE_CATALOG, null)
                        .map(reference -> new OptimizationAdvisor(view.result(), view.workload(),
                                RateCard.of(primary),
                                reference == null ? null : RateCard.of(reference), assumptions)
                                .advise())));
    }
}
