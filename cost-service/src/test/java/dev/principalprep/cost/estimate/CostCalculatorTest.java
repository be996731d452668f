package dev.principalprep.cost.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.pricing.PriceRate.Basis;
import dev.principalprep.cost.pricing.PriceRate.Component;
import dev.principalprep.problems.InvalidInput;

public class CostCalculatorTest {

    public static final RateCard MODULE_9 = card("module-9",
            rate("storage.hot", Component.STORAGE, "TB-month", "23", "23"),
            rate("compute.batch", Component.COMPUTE, "TB processed", "0.50", "2.00"),
            rate("streaming.retained", Component.STREAMING, "GB-month", "0.10", "0.10"),
            rate("serving.scanned", Component.SERVING, "TB queried", "1.00", "1.00"),
            rate("discount.spot", Component.COMPUTE, "fraction off", "0.60", "0.80"));

    private final CostCalculator calculator = new CostCalculator();

    @Test
    void reproducesTheModuleTableToTheCent() {
        Estimate estimate = calculator.estimate(Presets.MODULE_9_EXAMPLE.workload(), MODULE_9);

        assertEquals(money("2300.00"), estimate.componentLow(Component.STORAGE));
        assertEquals(money("2300.00"), estimate.componentHigh(Component.STORAGE));
        assertEquals(money("5000.00"), estimate.componentLow(Component.COMPUTE));
        assertEquals(money("20000.00"), estimate.componentHigh(Component.COMPUTE));
        assertEquals(money("10000.00"), estimate.componentLow(Component.STREAMING));
        assertEquals(money("10000.00"), estimate.componentLow(Component.SERVING));
        assertEquals(money("27300.00"), estimate.totalLow());
        assertEquals(money("42300.00"), estimate.totalHigh());
        assertEquals(Component.COMPUTE, estimate.dominantComponent());
    }

    @Test
    void everyLineShowsItsFormulaRateAndAssumptions() {
        Estimate estimate = calculator.estimate(Presets.MODULE_9_EXAMPLE.workload(), MODULE_9);
        CostLine compute = estimate.lines().stream().filter(l -> l.component() == Component.COMPUTE).findFirst().orElseThrow();

        assertEquals("10000 TB processed × $0.50–$2.00 per TB processed", compute.formula());
        assertEquals("compute.batch", compute.rate().key());
        assertTrue(compute.assumptions().get(1).contains("module-9 v1 compute.batch"), compute.assumptions().toString());
    }

    @Test
    void derivesBytesPerQueryFromQpsAndTbQueried() {
        Estimate estimate = calculator.estimate(Presets.MODULE_9_EXAMPLE.workload(), MODULE_9);
        var figures = estimate.sanityFigures().stream()
                .collect(Collectors.toMap(Estimate.SanityFigure::name, Function.identity()));

        assertEquals(new BigDecimal("25920000000"), figures.get("queriesPerMonth").value());
        // 10,000 TB over 25.92 billion queries: 385.8 KB each.
        assertEquals(new BigDecimal("385.8"), figures.get("scannedPerQuery").value());
        assertEquals(new BigDecimal("100.00"), figures.get("scansPerMonth").value());
    }

    @Test
    void theTotalIsTheSumOfRoundedLines() {
        Workload odd = new Workload(new Workload.Storage(new BigDecimal("0.333"), null, null, null, null), null,
                new Workload.Streaming(new BigDecimal("0.555")), null, null);
        Estimate estimate = calculator.estimate(odd, MODULE_9);

        assertEquals(money("7.66"), estimate.lines().get(0).monthlyLow());
        assertEquals(money("0.06"), estimate.lines().get(1).monthlyLow());
        assertEquals(money("7.72"), estimate.totalLow());
    }

    @Test
    void servingFromQpsTimesMegabytesPerQuery() {
        Workload workload = new Workload(null, null, null,
                new Workload.Serving(null, null, new BigDecimal("0.5")), new Workload.Traffic(BigDecimal.valueOf(1000), null));
        Estimate estimate = calculator.estimate(workload, MODULE_9);

        // 1,000 QPS × 0.5 MB × 2,592,000 s = 1,296 TB.
        assertEquals(0, new BigDecimal("1296").compareTo(estimate.lines().get(0).quantity()));
        assertEquals(money("1296.00"), estimate.totalHigh());
    }

    @Test
    void tiersMustAddUpToTheTotal() {
        Workload workload = new Workload(new Workload.Storage(BigDecimal.TEN, BigDecimal.ONE, null, null, null),
                null, null, null, null);
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> calculator.estimate(workload, MODULE_9));
        assertEquals("storage.totalTb", invalid.field());
    }

    @Test
    void aTierWithoutARateNamesTheFieldAndTheCatalog() {
        Workload workload = new Workload(new Workload.Storage(null, BigDecimal.ONE, BigDecimal.TEN, null, null),
                null, null, null, null);
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> calculator.estimate(workload, MODULE_9));
        assertEquals("storage.warmTb", invalid.field());
        assertTrue(invalid.getMessage().contains("module-9 v1 has no storage.warm"), invalid.getMessage());
    }

    @Test
    void refusesAnEmptyWorkload() {
        assertThrows(InvalidInput.class, () -> calculator.estimate(new Workload(null, null, null, null, null), MODULE_9));
    }

    public static RateCard card(String name, Rate... rates) {
        return new RateCard(name, 1, List.of(rates).stream()
                .map(r -> new Rate(r.key(), r.label(), r.component(), r.unit(), r.low(), r.high(), r.basis(), r.source(), name,
                        1))
                .collect(Collectors.toMap(Rate::key, Function.identity())));
    }

    public static Rate rate(String key, Component component, String unit, String low, String high) {
        return new Rate(key, key, component, unit, new BigDecimal(low), new BigDecimal(high), Basis.RULE_OF_THUMB,
                "test", "test", 1);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

}
