package dev.principalprep.cost.optimization;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.cost.estimate.EstimateService;
import dev.principalprep.cost.pricing.CatalogVersions;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Applies the levers to one of the owner's estimates, with the catalog it was priced by and the reference prices. */
@ApplicationScoped
public class OptimizationService {

    /** The catalog of public list prices that levers fall back on for rates the estimate's catalog lacks. */
    static final String REFERENCE_CATALOG = "aws-list-2026";

    private final EstimateService estimates;
    private final CatalogVersions catalogs;

    public OptimizationService(EstimateService estimates, CatalogVersions catalogs) {
        this.estimates = estimates;
        this.catalogs = catalogs;
    }

    @WithSession
    public Uni<OptimizationReport> optimize(String owner, UUID estimateId, LeverAssumptions assumptions) {
        return estimates.get(owner, estimateId).chain(view -> catalogs
                .find(view.result().catalog(), view.result().catalogVersion())
                .chain(primary -> catalogs.find(REFERENCE_CATALOG, null)
                        .map(reference -> new OptimizationAdvisor(view.result(), view.workload(),
                                primary.rates(), reference == null ? null : reference.rates(), assumptions)
                                .advise())));
    }
}
