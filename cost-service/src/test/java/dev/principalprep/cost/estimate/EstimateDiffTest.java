package dev.principalprep.cost.estimate;

import static dev.principalprep.cost.estimate.RateCards.LIST_PRICES;
import static dev.principalprep.cost.estimate.RateCards.MODULE_9;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.estimate.EstimateDiff.ComponentDiff;
import dev.principalprep.cost.estimate.EstimateDiff.Presence;

class EstimateDiffTest {

    private static final UUID BASE = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID OTHER = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private final CostCalculator calculator = new CostCalculator();
    private final Estimate module = calculator.estimate(Presets.MODULE_9_EXAMPLE.workload(), MODULE_9);
    private final Estimate storageOnly = calculator.estimate(
            new Workload(Workload.Storage.total(BigDecimal.valueOf(100)), null, null, null, null, null), MODULE_9);

    @Test
    void componentsInBothShowTheirChange() {
        Estimate halfQueries = calculator.estimate(Presets.MODULE_9_EXAMPLE.workload().overriddenBy(new Workload(null,
                null, null, new Workload.Serving(BigDecimal.valueOf(5000), null, null), null, null)), MODULE_9);
        EstimateDiff diff = EstimateDiff.between(BASE, module, OTHER, halfQueries);

        assertEquals(BASE, diff.base());
        assertEquals(OTHER, diff.other());
        assertEquals(List.of("STORAGE", "COMPUTE", "STREAMING", "SERVING"),
                diff.components().stream().map(ComponentDiff::component).toList());
        ComponentDiff serving = diff.components().get(3);
        assertEquals(new ComponentDiff("SERVING", Presence.BOTH, money("10000.00"), money("10000.00"), money("5000.00"),
                money("5000.00"), money("-5000.00"), money("-5000.00")), serving);
        assertEquals(new ComponentDiff("TOTAL", Presence.BOTH, money("27300.00"), money("42300.00"), money("22300.00"),
                money("37300.00"), money("-5000.00"), money("-5000.00")), diff.total());
        assertEquals(List.of(), diff.notes());
    }

    @Test
    void aComponentOnOneSideIsNamedWithWhyTheOtherLacksIt() {
        EstimateDiff diff = EstimateDiff.between(BASE, module, OTHER, storageOnly);

        assertEquals(List.of(Presence.BOTH, Presence.BASE_ONLY, Presence.BASE_ONLY, Presence.BASE_ONLY),
                diff.components().stream().map(ComponentDiff::presence).toList());
        assertEquals(new ComponentDiff("COMPUTE", Presence.BASE_ONLY, money("5000.00"), money("20000.00"),
                BigDecimal.ZERO, BigDecimal.ZERO, money("-5000.00"), money("-20000.00")), diff.components().get(1));
        assertEquals(List.of(
                "COMPUTE is priced only in the base estimate: its change is that whole line, not a saving or a cost. "
                        + "The other estimate lists it as not priced: no TB processed per month and no scans per "
                        + "month (give processing.tbProcessedPerMonth or processing.scansPerMonth).",
                "STREAMING is priced only in the base estimate: its change is that whole line, not a saving or a cost. "
                        + "The other estimate lists it as not priced: no GB retained in a streaming platform (give "
                        + "streaming.gbPerMonth or streaming.retentionDays with ingest or streaming.shareOfStored).",
                "SERVING is priced only in the base estimate: its change is that whole line, not a saving or a cost. "
                        + "The other estimate lists it as not priced: no queries: no TB queried and no QPS (give "
                        + "serving.tbQueriedPerMonth or traffic.averageQps with serving.mbScannedPerQuery)."),
                diff.notes());

        EstimateDiff reversed = EstimateDiff.between(OTHER, storageOnly, BASE, module);
        assertEquals(Presence.OTHER_ONLY, reversed.components().get(1).presence());
        assertEquals("COMPUTE is priced only in the other estimate: its change is that whole line, not a saving or a "
                + "cost. The base estimate lists it as not priced: no TB processed per month and no scans per month "
                + "(give processing.tbProcessedPerMonth or processing.scansPerMonth).", reversed.notes().get(0));
    }

    @Test
    void anEstimateSavedBeforeNotPricedWasStatedSaysItsWorkloadHadNone() {
        Estimate old = new Estimate(storageOnly.catalog(), storageOnly.catalogVersion(), storageOnly.lines(),
                storageOnly.totalLow(), storageOnly.totalHigh(), storageOnly.dominantComponent(), List.of(),
                List.of(), null, null);
        assertEquals(List.of(), old.notPriced());
        assertEquals(List.of(), old.derivedQuantities());
        EstimateDiff diff = EstimateDiff.between(BASE, module, OTHER, old);
        assertEquals("COMPUTE is priced only in the base estimate: its change is that whole line, not a saving or a "
                + "cost. The other estimate's workload has no compute.", diff.notes().get(0));
    }

    @Test
    void differentCatalogsAreNamed() {
        Estimate listPrices = calculator.estimate(Presets.MODULE_9_EXAMPLE.workload(), LIST_PRICES);
        EstimateDiff diff = EstimateDiff.between(BASE, module, OTHER, listPrices);
        assertEquals(List.of("Priced with different catalogs: module-9 v1 and aws-list-2026 v1; part of the change "
                + "is the rates."), diff.notes());
        Estimate nextVersion = new Estimate("module-9", 2, module.lines(), module.totalLow(), module.totalHigh(),
                module.dominantComponent(), List.of(), List.of(), List.of(), List.of());
        assertEquals(1, EstimateDiff.between(BASE, module, OTHER, nextVersion).notes().size());
        assertEquals(List.of(), EstimateDiff.between(BASE, module, OTHER, module).notes());
    }

    @Test
    void componentsInNeitherAreLeftOut() {
        EstimateDiff diff = EstimateDiff.between(BASE, storageOnly, OTHER, storageOnly);
        assertEquals(1, diff.components().size());
        assertEquals(new ComponentDiff("STORAGE", Presence.BOTH, money("2300.00"), money("2300.00"), money("2300.00"),
                money("2300.00"), money("0.00"), money("0.00")), diff.components().get(0));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
