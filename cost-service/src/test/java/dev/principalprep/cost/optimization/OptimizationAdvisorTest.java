package dev.principalprep.cost.optimization;

import static dev.principalprep.cost.estimate.RateCards.LIST_PRICES;
import static dev.principalprep.cost.estimate.RateCards.MODULE_9;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.estimate.CostCalculator;
import dev.principalprep.cost.estimate.Presets;
import dev.principalprep.cost.estimate.Workload;
import dev.principalprep.cost.optimization.OptimizationReport.Lever;
import dev.principalprep.problems.InvalidInput;

class OptimizationAdvisorTest {

    private final Workload example = Presets.MODULE_9_EXAMPLE.workload();

    private OptimizationReport advise(Workload workload, LeverAssumptions assumptions) {
        return new OptimizationAdvisor(new CostCalculator().estimate(workload, MODULE_9), workload, MODULE_9,
                LIST_PRICES, assumptions).advise();
    }

    private Map<String, Lever> levers(OptimizationReport report) {
        return report.levers().stream().collect(Collectors.toMap(Lever::id, Function.identity()));
    }

    @Test
    void spotTakesSixtyToEightyPercentOffCompute() {
        Lever spot = levers(advise(example, LeverAssumptions.defaults())).get("spot-instances");
        assertEquals(new BigDecimal("3000.00"), spot.savingLow());
        assertEquals(new BigDecimal("16000.00"), spot.savingHigh());
        assertEquals(new BigDecimal("24300.00"), spot.newTotalLow());
        assertEquals(new BigDecimal("26300.00"), spot.newTotalHigh());
        assertTrue(spot.caveat().contains("reclaimed"));
    }

    @Test
    void tieringAndArchivingUseListPricesTheModuleLacks() {
        Map<String, Lever> levers = levers(advise(example, LeverAssumptions.defaults()));
        // 20 TB to warm saves 20 × (23 − 12.50); 10 TB to cold saves 10 × (23 − 4).
        assertEquals(new BigDecimal("400.00"), levers.get("storage-tiering").savingLow());
        // 60 TB archived saves 60 × (23 − 0.99).
        assertEquals(new BigDecimal("1320.60"), levers.get("lifecycle-archiving").savingHigh());
        assertEquals(new BigDecimal("40979.40"), levers.get("lifecycle-archiving").newTotalHigh());
        assertTrue(levers.get("lifecycle-archiving").assumptions().get(0).contains("aws-list-2026 v1 storage.archive"));
    }

    @Test
    void cachingAndCompactionCutServingAndCompute() {
        Map<String, Lever> levers = levers(advise(example, LeverAssumptions.defaults()));
        assertEquals(new BigDecimal("5000.00"), levers.get("caching").savingLow());
        assertEquals(new BigDecimal("1666.67"), levers.get("compaction").savingLow());
        assertEquals(new BigDecimal("6666.67"), levers.get("compaction").savingHigh());
    }

    @Test
    void autoScalingNeedsAPeakAboveTheAverage() {
        assertFalse(levers(advise(example, LeverAssumptions.defaults())).get("auto-scaling").applicable());

        Lever flat = levers(advise(example, LeverAssumptions.defaults())).get("auto-scaling");
        assertEquals("needs traffic.peakQps above traffic.averageQps", flat.notApplicableBecause());
        assertEquals(new BigDecimal("0.00"), flat.savingLow());
        assertEquals(new BigDecimal("0.00"), flat.savingHigh());

        Workload peaky = example.overriddenBy(new Workload(null, null, null, null,
                new Workload.Traffic(BigDecimal.valueOf(10_000), BigDecimal.valueOf(30_000)), null));
        Lever scaling = levers(advise(peaky, LeverAssumptions.defaults())).get("auto-scaling");
        // Serving follows the traffic (10,000 TB); compute and serving (15,000–30,000) sized for 3× would cost
        // twice that more: the baseline is the peak-sized fleet, the new total the estimate.
        assertTrue(scaling.applicable());
        assertEquals(new BigDecimal("30000.00"), scaling.savingLow());
        assertEquals(new BigDecimal("60000.00"), scaling.savingHigh());
        assertEquals(new BigDecimal("57300.00"), scaling.baselineLow());
        assertEquals(new BigDecimal("102300.00"), scaling.baselineHigh());
        assertEquals(new BigDecimal("27300.00"), scaling.newTotalLow());
        assertEquals(new BigDecimal("42300.00"), scaling.newTotalHigh());
        assertEquals(null, scaling.notApplicableBecause());
    }

    @Test
    void everyLeversSavingIsTheDifferenceOfTheTotalsItReports() {
        Workload peaky = example.overriddenBy(new Workload(null, null, null, null,
                new Workload.Traffic(BigDecimal.valueOf(10_000), BigDecimal.valueOf(25_000)), null));
        for (Workload workload : java.util.List.of(example, peaky)) {
            OptimizationReport report = advise(workload, LeverAssumptions.defaults());
            java.util.List<Lever> all = new java.util.ArrayList<>(report.levers());
            all.add(report.combined());
            for (Lever lever : all) {
                assertEquals(lever.baselineLow().subtract(lever.newTotalLow()), lever.savingLow(), lever.id());
                assertEquals(lever.baselineHigh().subtract(lever.newTotalHigh()), lever.savingHigh(), lever.id());
            }
            assertEquals(7, all.size());
        }
    }

    @Test
    void leversThatDoNotApplySayWhyAndSaveNothing() {
        Workload servingOnly = new Workload(null, null, null, new Workload.Serving(BigDecimal.TEN, null, null), null,
                null);
        Map<String, Lever> levers = levers(advise(servingOnly, LeverAssumptions.defaults()));
        assertEquals("no compute line to discount", levers.get("spot-instances").notApplicableBecause());
        assertEquals("no hot storage to tier", levers.get("storage-tiering").notApplicableBecause());
        assertEquals("no hot storage to archive", levers.get("lifecycle-archiving").notApplicableBecause());
        assertEquals("no compute line", levers.get("compaction").notApplicableBecause());
        for (String id : java.util.List.of("spot-instances", "storage-tiering", "lifecycle-archiving", "compaction",
                "auto-scaling")) {
            Lever lever = levers.get(id);
            assertFalse(lever.applicable(), id);
            assertEquals(new BigDecimal("0.00"), lever.savingHigh(), id);
            assertEquals(new BigDecimal("10.00"), lever.newTotalHigh(), id);
            assertEquals(new BigDecimal("10.00"), lever.baselineLow(), id);
        }
        assertTrue(levers.get("caching").applicable());
        assertEquals(new BigDecimal("5.00"), levers.get("caching").savingHigh());
    }

    @Test
    void allLeversCompound() {
        Lever combined = advise(example, LeverAssumptions.defaults()).combined();
        // compute 5,000 × ⅔ × 0.4, serving halved, storage less 400 and 1,320.60.
        assertEquals(new BigDecimal("16912.73"), combined.newTotalLow());
        assertEquals(new BigDecimal("18246.07"), combined.newTotalHigh());
        assertEquals(new BigDecimal("10387.27"), combined.savingLow());
    }

    @Test
    void commitmentsArePricedOnlyWithASourcedRate() {
        OptimizationReport report = advise(example, LeverAssumptions.defaults());
        assertFalse(report.commitments().get(0).priced());
        var threeYears = report.commitments().get(1);
        assertTrue(threeYears.priced());
        assertEquals(new BigDecimal("720000.00"), threeYears.onDemandHigh());
        assertEquals(new BigDecimal("244800.00"), threeYears.committedHigh());
        assertEquals(new BigDecimal("180000.00"), threeYears.committedLow());
    }

    @Test
    void movingAllTheHotDataIsAllowed() {
        LeverAssumptions all = new LeverAssumptions(new BigDecimal("0.7"), new BigDecimal("0.2"),
                new BigDecimal("0.1"), new BigDecimal("0.5"), new BigDecimal("1.5"));
        Map<String, Lever> levers = levers(advise(example, all));
        // 70 TB archived at 23 − 0.99 = 22.01 a TB.
        assertEquals(new BigDecimal("1540.70"), levers.get("lifecycle-archiving").savingLow());
        assertEquals(java.util.List.of("70% of hot data archived (the module's example archived 60%) at "
                + "storage.archive, aws-list-2026 v1 storage.archive (test source; effective 2026-03-01)",
                "from hot at storage.hot, module-9 v1 storage.hot (test source; effective 2026-01-01)"),
                levers.get("lifecycle-archiving").assumptions());
    }

    @Test
    void withoutTheReferenceCatalogLeversNeedingItsRatesSayWhy() {
        Workload storageAndCompute = new Workload(Workload.Storage.total(BigDecimal.valueOf(100)),
                new Workload.Processing(BigDecimal.valueOf(100), null), null, null, null, null);
        OptimizationReport report = new OptimizationAdvisor(new CostCalculator().estimate(storageAndCompute, MODULE_9),
                storageAndCompute, MODULE_9, null, LeverAssumptions.defaults()).advise();
        Map<String, Lever> levers = levers(report);
        assertEquals("no warm or cold storage rate", levers.get("storage-tiering").notApplicableBecause());
        assertEquals("no archive storage rate", levers.get("lifecycle-archiving").notApplicableBecause());
        assertEquals("no serving line", levers.get("caching").notApplicableBecause());
        assertTrue(levers.get("spot-instances").applicable());
        assertEquals("No sourced 3-year commitment rate in the catalogs, so none is assumed.",
                report.commitments().get(1).note());
    }

    @Test
    void refusesToMoveMoreThanAllTheHotData() {
        LeverAssumptions tooMuch = new LeverAssumptions(new BigDecimal("0.8"), new BigDecimal("0.2"),
                new BigDecimal("0.1"), new BigDecimal("0.5"), new BigDecimal("1.5"));
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> advise(example, tooMuch));
        assertEquals("archiveFraction", invalid.field());
    }
}
