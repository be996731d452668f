package dev.principalprep.cost.estimate;

import static dev.principalprep.cost.estimate.RateCards.LIST_PRICES;
import static dev.principalprep.cost.estimate.RateCards.MODULE_9;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.pricing.PriceRate.Component;
import dev.principalprep.problems.InvalidInput;

public class CostCalculatorTest {

    private final CostCalculator calculator = new CostCalculator();

    @Test
    void reproducesTheModuleTableToTheCent() {
        Estimate estimate = calculator.estimate(Presets.MODULE_9_EXAMPLE.workload(), MODULE_9);

        assertEquals(money("2300.00"), estimate.componentLow(Component.STORAGE));
        assertEquals(money("2300.00"), estimate.componentHigh(Component.STORAGE));
        assertEquals(money("5000.00"), estimate.componentLow(Component.COMPUTE));
        assertEquals(money("20000.00"), estimate.componentHigh(Component.COMPUTE));
        assertEquals(money("10000.00"), estimate.componentLow(Component.STREAMING));
        assertEquals(money("10000.00"), estimate.componentHigh(Component.STREAMING));
        assertEquals(money("10000.00"), estimate.componentLow(Component.SERVING));
        assertEquals(money("10000.00"), estimate.componentHigh(Component.SERVING));
        assertEquals(money("27300.00"), estimate.totalLow());
        assertEquals(money("42300.00"), estimate.totalHigh());
        assertEquals(Component.COMPUTE, estimate.dominantComponent());
        assertEquals(List.of(), estimate.notPriced());
        assertEquals("module-9", estimate.catalog());
        assertEquals(1, estimate.catalogVersion());
    }

    @Test
    void everyLineShowsItsFormulaRateSourceAndDate() {
        Estimate estimate = calculator.estimate(Presets.MODULE_9_EXAMPLE.workload(), MODULE_9);
        CostLine compute = line(estimate, Component.COMPUTE);

        assertEquals("10000 TB processed × $0.50–$2.00 per TB processed", compute.formula());
        assertEquals("100000 GB-month × $0.10 per GB-month", line(estimate, Component.STREAMING).formula());
        assertEquals(List.of("derived: 100 full scans a month of 100 TB stored",
                "Rate: compute.batch, module-9 v1 compute.batch (test source; effective 2026-01-01), rule of thumb"),
                compute.assumptions());
        assertEquals(RateCards.MODULE_DATE, compute.rate().effectiveDate());
        assertEquals(List.of("Monthly figures; 1 TB = 1,000 GB = 10^12 bytes; a month is 30 days (2,592,000 s).",
                "Rates from catalog module-9 v1.", "Derived quantities are rounded to 0.001."), estimate.assumptions());
    }

    @Test
    void givenQuantitiesNeedNoRoundingNote() {
        Workload given = new Workload(Workload.Storage.total(BigDecimal.TEN), null, null, null, null, null);
        Estimate estimate = calculator.estimate(given, MODULE_9);

        assertEquals(List.of("Monthly figures; 1 TB = 1,000 GB = 10^12 bytes; a month is 30 days (2,592,000 s).",
                "Rates from catalog module-9 v1."), estimate.assumptions());
        assertEquals(List.of("TB stored, all in the hot tier",
                "Rate: storage.hot, module-9 v1 storage.hot (test source; effective 2026-01-01), rule of thumb"),
                estimate.lines().get(0).assumptions());
    }

    @Test
    void listPricesPriceComputeAsInstanceHoursAndSayHow() {
        Estimate estimate = calculator.estimate(Presets.MODULE_9_EXAMPLE.workload(), LIST_PRICES);
        CostLine compute = line(estimate, Component.COMPUTE);

        // 10,000 TB at 0.125–0.5 TB per instance-hour is 20,000–80,000 hours at $0.24: $4,800–$19,200.
        assertEquals(money("4800.00"), compute.monthlyLow());
        assertEquals(money("19200.00"), compute.monthlyHigh());
        assertEquals("10,000 TB processed at 0.125–0.5 TB per instance-hour is 20,000–80,000 m5.xlarge "
                + "instance-hours at $0.24 per instance-hour", compute.assumptions().get(2));
        assertEquals(3, compute.assumptions().size());
        assertTrue(compute.assumptions().get(1).endsWith(", derived"), compute.assumptions().get(1));
        // Athena at $5 per TB makes serving the dominant line on list prices.
        assertEquals(money("50000.00"), estimate.componentHigh(Component.SERVING));
        assertEquals(Component.SERVING, estimate.dominantComponent());
        assertEquals(2, line(estimate, Component.STORAGE).assumptions().size());
    }

    @Test
    void theTotalIsTheSumOfRoundedLines() {
        Workload odd = new Workload(Workload.Storage.total(new BigDecimal("0.333")), null,
                Workload.Streaming.gb(new BigDecimal("0.555")), null, null, null);
        Estimate estimate = calculator.estimate(odd, MODULE_9);

        assertEquals(money("7.66"), estimate.lines().get(0).monthlyLow());
        assertEquals(money("0.06"), estimate.lines().get(1).monthlyLow());
        assertEquals(money("7.72"), estimate.totalLow());
        assertEquals(money("7.72"), estimate.totalHigh());
    }

    @Test
    void servingFromQpsTimesMegabytesPerQuery() {
        Workload workload = new Workload(null, null, null, new Workload.Serving(null, null, new BigDecimal("0.5")),
                new Workload.Traffic(BigDecimal.valueOf(1000), null), null);
        Estimate estimate = calculator.estimate(workload, MODULE_9);

        // 1,000 QPS × 0.5 MB × 2,592,000 s = 1,296 TB.
        assertEquals(new BigDecimal("1296"), estimate.lines().get(0).quantity());
        assertEquals(money("1296.00"), estimate.totalHigh());
        assertEquals(3, estimate.notPriced().size());
    }

    @Test
    void theDominantComponentIsTheHighestHighEndWithTheLowEndBreakingTies() {
        // compute 1,000 TB: $500–$2,000; serving 2,000 TB: $2,000. Equal highs, serving's low is higher.
        Workload tied = new Workload(null, new Workload.Processing(BigDecimal.valueOf(1000), null), null,
                new Workload.Serving(BigDecimal.valueOf(2000), null, null), null, null);
        assertEquals(Component.SERVING, calculator.estimate(tied, MODULE_9).dominantComponent());

        Workload computeAhead = new Workload(null, new Workload.Processing(BigDecimal.valueOf(1001), null), null,
                new Workload.Serving(BigDecimal.valueOf(2000), null, null), null, null);
        assertEquals(Component.COMPUTE, calculator.estimate(computeAhead, MODULE_9).dominantComponent());
    }

    @Test
    void sanityFiguresCheckTheInputs() {
        Workload workload = new Workload(Workload.Storage.total(BigDecimal.valueOf(100)),
                new Workload.Processing(BigDecimal.valueOf(1000), null), null,
                new Workload.Serving(BigDecimal.valueOf(10_000), null, null),
                new Workload.Traffic(BigDecimal.valueOf(10_000), BigDecimal.valueOf(30_000)), null);
        Map<String, Estimate.Figure> figures = calculator.estimate(workload, MODULE_9).sanityFigures().stream()
                .collect(Collectors.toMap(Estimate.Figure::name, Function.identity()));

        assertEquals(new BigDecimal("25920000000"), figures.get("queriesPerMonth").value());
        // 10,000 TB over 25.92 billion queries: 385.8 KB each.
        assertEquals(new BigDecimal("385.8"), figures.get("scannedPerQuery").value());
        assertEquals(new BigDecimal("3.00"), figures.get("peakToAverage").value());
        assertEquals(new BigDecimal("10.00"), figures.get("scansPerMonth").value());
        assertEquals(4, figures.size());
    }

    @Test
    void noSanityFiguresWithoutTrafficOrStorage() {
        Workload workload = new Workload(null, new Workload.Processing(BigDecimal.TEN, null), null, null,
                new Workload.Traffic(BigDecimal.ZERO, null), null);
        assertEquals(List.of(), calculator.estimate(workload, MODULE_9).sanityFigures());
    }

    @Test
    void aWorkloadOfZerosIsNothingToPrice() {
        Workload zeros = new Workload(Workload.Storage.total(BigDecimal.ZERO), null, Workload.Streaming.gb(BigDecimal.ZERO),
                null, null, null);
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> calculator.estimate(zeros, MODULE_9));
        assertEquals("workload", invalid.field());
        assertEquals("nothing to price: every quantity given is 0", invalid.getMessage());
        assertEquals(422, invalid.status());
    }

    @Test
    void aCentIsSomethingToPrice() {
        Workload cent = new Workload(null, null, Workload.Streaming.gb(new BigDecimal("0.1")), null, null, null);
        assertEquals(money("0.01"), calculator.estimate(cent, MODULE_9).totalHigh());
    }

    @Test
    void anEmptyWorkloadSaysWhatWouldPriceEachComponent() {
        InvalidInput invalid = assertThrows(InvalidInput.class,
                () -> calculator.estimate(new Workload(null, null, null, null, null, null), MODULE_9));
        assertEquals("workload", invalid.field());
        assertEquals("nothing to price: storage needs storage.totalTb or ingest with storage.retentionMonths; "
                + "compute needs processing.tbProcessedPerMonth or processing.scansPerMonth; streaming needs "
                + "streaming.gbPerMonth or streaming.retentionDays with ingest or streaming.shareOfStored; serving "
                + "needs serving.tbQueriedPerMonth or traffic.averageQps with serving.mbScannedPerQuery",
                invalid.getMessage());
    }

    @Test
    void tiersMustAddUpToTheTotal() {
        Workload workload = new Workload(new Workload.Storage(BigDecimal.TEN, BigDecimal.ONE, null, null, null, null,
                null), null, null, null, null, null);
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> calculator.estimate(workload, MODULE_9));
        assertEquals("storage.totalTb", invalid.field());
        assertEquals("the tiers add up to 1 TB but totalTb is 10", invalid.getMessage());
    }

    @Test
    void tiersThatAddUpArePricedEachAtItsRate() {
        Workload workload = new Workload(new Workload.Storage(BigDecimal.valueOf(100), BigDecimal.valueOf(20),
                BigDecimal.valueOf(30), BigDecimal.valueOf(40), BigDecimal.valueOf(10), null, null), null, null, null,
                null, null);
        Estimate estimate = calculator.estimate(workload, LIST_PRICES);
        // 20 × 23 + 30 × 12.5 + 40 × 4 + 10 × 0.99
        assertEquals(money("1004.90"), estimate.totalLow());
        assertEquals(List.of("Storage (hot)", "Storage (warm)", "Storage (cold)", "Storage (archive)"),
                estimate.lines().stream().map(CostLine::item).toList());
        assertEquals("TB stored in the cold tier", estimate.lines().get(2).assumptions().get(0));
    }

    @Test
    void aTierWithoutARateNamesTheFieldAndTheCatalog() {
        Workload workload = new Workload(new Workload.Storage(null, BigDecimal.ONE, BigDecimal.TEN, null, null, null,
                null), null, null, null, null, null);
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> calculator.estimate(workload, MODULE_9));
        assertEquals("storage.warmTb", invalid.field());
        assertEquals("catalog module-9 v1 has no storage.warm rate to price storage.warmTb", invalid.getMessage());
    }

    @Test
    void aRateIsOneFigureOrARange() {
        assertEquals("$23.00", MODULE_9.rates().get("storage.hot").price());
        assertEquals("$0.50–$2.00", MODULE_9.rates().get("compute.batch").price());
    }

    private static CostLine line(Estimate estimate, Component component) {
        return estimate.lines().stream().filter(l -> l.component() == component).findFirst().orElseThrow();
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void pricesOnlyWhatItHasLinesFor() {
        Estimate estimate = calculator.estimate(new Workload(Workload.Storage.total(BigDecimal.ONE), null, null, null,
                null, null), MODULE_9);
        assertTrue(estimate.prices(Component.STORAGE));
        assertFalse(estimate.prices(Component.COMPUTE));
    }
}
