package dev.principalprep.cost.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.principalprep.cost.estimate.RateCard;
import dev.principalprep.problems.InvalidInput;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Reads catalog versions and adds new ones; never changes a version once written. */
@ApplicationScoped
public class CatalogService {

    private final CatalogRepository catalogs;
    private final CatalogVersions versions;

    public CatalogService(CatalogRepository catalogs, CatalogVersions versions) {
        this.catalogs = catalogs;
        this.versions = versions;
    }

    @WithSession
    public Uni<List<CatalogView>> list() {
        return catalogs.listWithRates().map(found -> found.stream().map(CatalogView::of).toList());
    }

    /** Adds the next version of a catalog; once it is committed, pricing by "latest" uses it. */
    public Uni<CatalogView> addVersion(NewCatalogRequest request) {
        checkRates(request.rates());
        return Panache.withTransaction(() -> insertNextVersion(request))
                .invoke(() -> versions.published(request.name()));
    }

    private Uni<CatalogView> insertNextVersion(NewCatalogRequest request) {
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
                InstanceHours hours = given.instanceHours();
                if (hours != null) {
                    rate.instanceType = hours.instanceType();
                    rate.instanceHourly = hours.hourly();
                    rate.tbPerInstanceHourLow = hours.tbPerHourLow();
                    rate.tbPerInstanceHourHigh = hours.tbPerHourHigh();
                }
                catalog.rates.add(rate);
            }
            return catalogs.persist(catalog).map(CatalogView::of);
        });
    }

    /** A rate derived from instance-hours must be the hourly price over the throughput, at both ends. */
    private static void checkInstanceHours(NewCatalogRequest.NewRate rate, String field) {
        InstanceHours hours = rate.instanceHours();
        if (!rate.key().equals(RateCard.COMPUTE_BATCH)) {
            throw new InvalidInput(field + ".instanceHours", "only compute.batch is priced from instance-hours");
        }
        if (hours.tbPerHourHigh().compareTo(hours.tbPerHourLow()) < 0) {
            throw new InvalidInput(field + ".instanceHours.tbPerHourHigh", "tbPerHourHigh is below tbPerHourLow");
        }
        BigDecimal low = hours.hourly().divide(hours.tbPerHourHigh(), 6, RoundingMode.HALF_UP);
        BigDecimal high = hours.hourly().divide(hours.tbPerHourLow(), 6, RoundingMode.HALF_UP);
        if (low.compareTo(rate.low()) != 0 || high.compareTo(rate.high()) != 0) {
            throw new InvalidInput(field + ".low", "instance-hours give " + low.stripTrailingZeros().toPlainString()
                    + "–" + high.stripTrailingZeros().toPlainString() + " per TB processed, not the low and high given");
        }
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
            if (rate.key().startsWith("discount.") && rate.high().compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidInput(field + ".high", "a discount is a fraction from 0 to 1");
            }
            if (rate.instanceHours() != null) {
                checkInstanceHours(rate, field);
            }
        }
    }
}
