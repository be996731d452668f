package dev.principalprep.cost.pricing;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.cost.estimate.Rate;
import dev.principalprep.cost.estimate.RateCard;
import dev.principalprep.problems.InvalidInput;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Reads catalog versions and adds new ones; never changes a version once written. */
@ApplicationScoped
public class CatalogService {

    private final CatalogRepository catalogs;

    public CatalogService(CatalogRepository catalogs) {
        this.catalogs = catalogs;
    }

    @WithSession
    public Uni<List<CatalogView>> list() {
        return catalogs.listWithRates().map(found -> found.stream().map(CatalogView::of).toList());
    }

    @WithTransaction
    public Uni<CatalogView> addVersion(NewCatalogRequest request) {
        checkRates(request.rates());
        return catalogs.latestVersion(request.name()).chain(latest -> {
            PriceCatalog catalog = new PriceCatalog();
            catalog.name = request.name();
            catalog.version = latest == null ? 1 : latest + 1;
            catalog.description = request.description();
            for (NewCatalogRequest.NewRate given : request.rates()) {
                PriceRate rate = new PriceRate();
                rate.catalog = catalog;
                rate.rateKey = given.key();
                rate.label = given.label();
                rate.component = given.component();
                rate.unit = given.unit();
                rate.low = given.low();
                rate.high = given.high();
                rate.basis = given.basis();
                rate.source = given.source();
                rate.effectiveDate = given.effectiveDate();
                catalog.rates.add(rate);
            }
            return catalogs.persist(catalog).map(CatalogView::of);
        });
    }

    static void checkRates(List<NewCatalogRequest.NewRate> rates) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < rates.size(); i++) {
            NewCatalogRequest.NewRate rate = rates.get(i);
            String field = "rates[" + i + "]";
            if (!keys.add(rate.key())) {
                throw new InvalidInput(field + ".key", "rate " + rate.key() + " appears twice");
            }
            if (rate.high().compareTo(rate.low()) < 0) {
                throw new InvalidInput(field + ".high", "high is below low");
            }
            if (rate.key().startsWith("discount.") && rate.high().compareTo(java.math.BigDecimal.ONE) > 0) {
                throw new InvalidInput(field + ".high", "a discount is a fraction from 0 to 1");
            }
        }
    }

    public static RateCard toRateCard(PriceCatalog catalog) {
        Map<String, Rate> rates = catalog.rates.stream()
                .map(r -> new Rate(r.rateKey, r.label, r.component, r.unit, r.low, r.high, r.basis, r.source,
                        catalog.name, catalog.version))
                .collect(Collectors.toMap(Rate::key, Function.identity()));
        return new RateCard(catalog.name, catalog.version, rates);
    }
}
