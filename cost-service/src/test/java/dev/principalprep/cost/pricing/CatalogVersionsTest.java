package dev.principalprep.cost.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.principalprep.localstack.testing.MovableClock;
import dev.principalprep.problems.InvalidInput;
import io.smallrye.mutiny.Uni;

class CatalogVersionsTest {

    private static final Instant START = Instant.parse("2026-11-28T03:00:00Z");
    private static final Duration LATEST_FOR = Duration.ofSeconds(10);

    private final MovableClock clock = new MovableClock(START);
    /** Every read the versions made of the database: "name@version", "name@latest". */
    private final List<String> reads = new ArrayList<>();
    /** The stored versions of each catalog, oldest first. */
    private final Map<String, List<PriceCatalog>> stored = new HashMap<>();
    private final CatalogVersions versions = new CatalogVersions(this::load, clock, LATEST_FOR);

    private Uni<PriceCatalog> load(String name, Integer version) {
        reads.add(name + "@" + (version == null ? "latest" : version));
        List<PriceCatalog> all = stored.getOrDefault(name, List.of());
        PriceCatalog found = version == null ? (all.isEmpty() ? null : all.get(all.size() - 1))
                : all.stream().filter(c -> c.version == version).findFirst().orElse(null);
        return Uni.createFrom().item(found);
    }

    private PriceCatalog store(String name, String storageHot) {
        PriceCatalog catalog = new PriceCatalog();
        List<PriceCatalog> all = stored.computeIfAbsent(name, n -> new ArrayList<>());
        catalog.id = (long) (100 + all.size());
        catalog.name = name;
        catalog.version = all.size() + 1;
        PriceRate rate = new PriceRate();
        rate.catalog = catalog;
        rate.rateKey = "storage.hot";
        rate.label = "S3 Standard";
        rate.component = PriceRate.Component.STORAGE;
        rate.unit = "TB-month";
        rate.low = new BigDecimal(storageHot);
        rate.high = new BigDecimal(storageHot);
        rate.basis = PriceRate.Basis.LIST_PRICE;
        catalog.rates.add(rate);
        all.add(catalog);
        return catalog;
    }

    private CatalogVersions.Version require(String name, Integer version) {
        return versions.require(name, version).await().indefinitely();
    }

    @Test
    void aPinnedVersionIsReadOnceAndServedFromMemoryEverAfter() {
        store("module-9", "23.00");
        CatalogVersions.Version first = require("module-9", 1);
        clock.now = START.plus(Duration.ofDays(30));
        assertSame(first, require("module-9", 1));
        assertSame(first, require("module-9", 1));
        assertEquals(List.of("module-9@1"), reads);
        assertEquals(100L, first.id());
        assertEquals("module-9", first.rates().catalog());
        assertEquals(1, first.rates().version());
        assertEquals(new BigDecimal("23.00"), first.rates().require("storage.hot", "hotTb").low());
    }

    @Test
    void theLatestVersionIsKeptForItsIntervalThenReadAgain() {
        store("module-9", "23");
        CatalogVersions.Version latest = require("module-9", null);
        clock.now = START.plus(LATEST_FOR).minusMillis(1);
        assertSame(latest, require("module-9", null));
        assertEquals(List.of("module-9@latest"), reads);
        store("module-9", "21");
        clock.now = START.plus(LATEST_FOR);
        assertEquals(2, require("module-9", null).rates().version());
        assertEquals(List.of("module-9@latest", "module-9@latest"), reads);
    }

    @Test
    void theLatestVersionReadIsAlsoKeptAsItsPinnedVersion() {
        store("module-9", "23");
        CatalogVersions.Version latest = require("module-9", null);
        assertSame(latest, require("module-9", 1));
        assertEquals(List.of("module-9@latest"), reads);
    }

    @Test
    void aVersionPublishedHereIsUsedAtOnceForTheLatest() {
        store("module-9", "23");
        require("module-9", null);
        store("module-9", "21");
        versions.published("module-9");
        clock.now = START.plusMillis(1);
        CatalogVersions.Version latest = require("module-9", null);
        assertEquals(2, latest.rates().version());
        assertEquals(new BigDecimal("21"), latest.rates().require("storage.hot", "hotTb").low());
        assertSame(latest, require("module-9", null));
        assertEquals(List.of("module-9@latest", "module-9@latest"), reads);
    }

    @Test
    void aPublicationOfOneCatalogLeavesAnotherCatalogsLatestInPlace() {
        store("module-9", "23");
        store("aws-list-2026", "23");
        require("module-9", null);
        require("aws-list-2026", null);
        versions.published("module-9");
        require("aws-list-2026", null);
        assertEquals(List.of("module-9@latest", "aws-list-2026@latest"), reads);
    }

    @Test
    void aLatestReadThatBeganBeforeAPublicationIsNotKept() {
        store("module-9", "23");
        // The read starts, a new version is published here while it is in flight, then the read answers the old one.
        CatalogVersions[] racing = new CatalogVersions[1];
        racing[0] = new CatalogVersions((name, version) -> {
            reads.add(name + "@latest");
            clock.now = START.plusMillis(5);
            racing[0].published(name);
            return Uni.createFrom().item(stored.get(name).get(0));
        }, clock, LATEST_FOR);
        assertEquals(1, racing[0].find("module-9", null).await().indefinitely().rates().version());
        racing[0].find("module-9", null).await().indefinitely();
        assertEquals(List.of("module-9@latest", "module-9@latest"), reads);
    }

    @Test
    void aLatestReadThatBeganAfterAPublicationIsKept() {
        store("module-9", "23");
        versions.published("module-9");
        clock.now = START.plusMillis(1);
        require("module-9", null);
        require("module-9", null);
        assertEquals(List.of("module-9@latest"), reads);
    }

    @Test
    void aMissingCatalogIsTheCallersErrorAndIsNeverKept() {
        InvalidInput missing = assertThrows(InvalidInput.class, () -> require("nope", null));
        assertEquals("catalog", missing.field());
        assertEquals("no catalog nope", missing.getMessage());
        InvalidInput pinned = assertThrows(InvalidInput.class, () -> require("nope", 3));
        assertEquals("no catalog nope v3", pinned.getMessage());
        assertNull(versions.find("nope", null).await().indefinitely());
        assertEquals(List.of("nope@latest", "nope@3", "nope@latest"), reads);
        store("nope", "1");
        assertEquals(1, require("nope", null).rates().version());
    }
}
