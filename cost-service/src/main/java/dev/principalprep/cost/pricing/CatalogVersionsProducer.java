package dev.principalprep.cost.pricing;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One {@link CatalogVersions} per process, reading through the repository. */
public class CatalogVersionsProducer {

    @Produces
    @Singleton
    CatalogVersions catalogVersions(CatalogRepository catalogs,
            @ConfigProperty(name = "cost.catalogs.latest-for", defaultValue = "10s") Duration latestFor) {
        return new CatalogVersions(catalogs::findWithRates, Clock.systemUTC(), latestFor);
    }
}
