package dev.principalprep.cost.pricing;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.hibernate.reactive.panache.Panache;

/**
 * One {@link CatalogVersions} per process, reading through the repository in the caller's session or, for a caller
 * without one (an estimate's write opens none), in a session of its own.
 */
public class CatalogVersionsProducer {

    @Produces
    @Singleton
    CatalogVersions catalogVersions(CatalogRepository catalogs,
            @ConfigProperty(name = "cost.catalogs.latest-for", defaultValue = "10s") Duration latestFor) {
        return new CatalogVersions((name, version) -> Panache.withSession(() -> catalogs.findWithRates(name, version)),
                Clock.systemUTC(), latestFor);
    }
}
