package dev.principalprep.cost.projection;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.cost.pricing.CatalogVersions;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Prices a scale projection with a catalog version (module-9's latest unless named). */
@ApplicationScoped
public class ProjectionService {

    static final String DEFAULT_CATALOG = "module-9";

    private final CatalogVersions catalogs;
    private final ScaleProjector projector = new ScaleProjector();

    public ProjectionService(CatalogVersions catalogs) {
        this.catalogs = catalogs;
    }

    @WithSession
    public Uni<Projection> project(ProjectionRequest request) {
        String name = request.catalog() != null && request.catalog().name() != null ? request.catalog().name()
                : DEFAULT_CATALOG;
        Integer version = request.catalog() == null ? null : request.catalog().version();
        return catalogs.require(name, version).map(catalog -> projector.project(request, catalog.rates()));
    }
}
