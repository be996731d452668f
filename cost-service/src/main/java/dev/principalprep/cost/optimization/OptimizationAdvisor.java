package dev.principalprep.cost.optimization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import dev.principalprep.cost.estimate.CostLine;
import dev.principalprep.cost.estimate.Estimate;
import dev.principalprep.cost.estimate.Rate;
import dev.principalprep.cost.estimate.RateCard;
import dev.principalprep.cost.estimate.Workload;
import dev.principalprep.cost.optimization.OptimizationReport.Commitment;
import dev.principalprep.cost.optimization.OptimizationReport.Lever;
import dev.principalprep.cost.pricing.PriceRate.Component;
import dev.principalprep.problems.InvalidInput;

/**
 * Step 7 of the framework and the module's cost tips, as arithmetic on an estimate. The low end of each range pairs
 * the estimate's low cost with the lever's smaller effect, the high end its high cost with the larger effect. Rates
 * a lever needs come from the estimate's catalog, else from the reference catalog of list prices, and are cited.
 */
public final class OptimizationAdvisor {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final Estimate estimate;
    private final Workload workload;
    private final RateCard primary;
    private final RateCard reference;
    private final LeverAssumptions assume;

    public OptimizationAdvisor(Estimate estimate, Workload workload, RateCard primary, RateCard reference,
            LeverAssumptions assume) {
        this.estimate = estimate;
        this.workload = workload;
        this.primary = primary;
        this.reference = reference;
        this.assume = assume;
    }

    public OptimizationReport advise() {
        BigDecimal movedShare = assume.archiveFraction.add(assume.warmFraction).add(assume.coldFraction);
        if (movedShare.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInput("archiveFraction", "archiveFraction + warmFraction + coldFraction is "
                    + movedShare.toPlainString() + ": more than all the hot data");
        }
        List<Lever> levers = List.of(spot(), tiering(), archiving(), autoScaling(), caching(), compaction());
        return new OptimizationReport(estimate.totalLow(), estimate.totalHigh(), levers, combined(),
                List.of(commitment(1, RateCard.DISCOUNT_COMMITMENT_1Y), commitment(3, RateCard.DISCOUNT_COMMITMENT_3Y)),
                List.of("OpEx vs CapEx: on-demand, spot and auto-scaling keep cost variable (OpEx); commitments trade "
                        + "that for a fixed bill paid whether used or not; owned hardware (CapEx) is not priced here."));
    }

    private Lever spot() {
        BigDecimal low = estimate.componentLow(Component.COMPUTE);
        BigDecimal high = estimate.componentHigh(Component.COMPUTE);
        Optional<Rate> discount = rate(RateCard.DISCOUNT_SPOT);
        if (high.signum() == 0 || discount.isEmpty()) {
            return notApplicable("spot-instances", "Spot instances for batch compute",
                    high.signum() == 0 ? "no compute line to discount" : "no spot discount in the catalogs");
        }
        Rate spot = discount.get();
        return lever("spot-instances", "Spot instances for batch compute", cents(low.multiply(spot.low())),
                cents(high.multiply(spot.high())), List.of(percent(spot.low()) + "–" + percent(spot.high())
                        + " off compute: " + spot.citation()),
                "Spot capacity can be reclaimed at short notice: use it for retryable batch work with checkpoints, "
                        + "not for latency-critical serving; a catalog's 'up to' figure makes the low end 0.");
    }

    private Lever tiering() {
        BigDecimal hotTb = hotTb();
        if (hotTb.signum() == 0) {
            return notApplicable("storage-tiering", "Storage tiering hot/warm/cold", "no hot storage to tier");
        }
        Rate hot = hotRate();
        Optional<Rate> warm = rate(RateCard.STORAGE_WARM);
        Optional<Rate> cold = rate(RateCard.STORAGE_COLD);
        if (warm.isEmpty() || cold.isEmpty()) {
            return notApplicable("storage-tiering", "Storage tiering hot/warm/cold", "no warm or cold storage rate");
        }
        BigDecimal warmTb = hotTb.multiply(assume.warmFraction);
        BigDecimal coldTb = hotTb.multiply(assume.coldFraction);
        BigDecimal saving = cents(warmTb.multiply(hot.low().subtract(warm.get().low()))
                .add(coldTb.multiply(hot.low().subtract(cold.get().low()))));
        return lever("storage-tiering", "Storage tiering hot/warm/cold", saving, saving, List.of(
                percent(assume.warmFraction) + " of hot data to warm at " + warm.get().citation(),
                percent(assume.coldFraction) + " of hot data to cold at " + cold.get().citation(),
                "from hot at " + hot.citation()),
                "Cooler tiers charge per GB retrieved and bill a minimum stay (30 days warm, 90 days cold): tier by "
                        + "access pattern, not by age alone.");
    }

    private Lever archiving() {
        BigDecimal hotTb = hotTb();
        Optional<Rate> archive = rate(RateCard.STORAGE_ARCHIVE);
        if (hotTb.signum() == 0 || archive.isEmpty()) {
            return notApplicable("lifecycle-archiving", "Lifecycle policies archiving cold data",
                    hotTb.signum() == 0 ? "no hot storage to archive" : "no archive storage rate");
        }
        Rate hot = hotRate();
        BigDecimal saving = cents(hotTb.multiply(assume.archiveFraction).multiply(hot.low().subtract(archive.get().low())));
        return lever("lifecycle-archiving", "Lifecycle policies archiving cold data", saving, saving, List.of(
                percent(assume.archiveFraction) + " of hot data archived (the module's example archived 60%) at "
                        + archive.get().citation(),
                "from hot at " + hot.citation()),
                "Archived data takes hours to restore: archive what is kept for compliance, not what dashboards read.");
    }

    private Lever autoScaling() {
        Workload.Traffic traffic = workload.traffic();
        BigDecimal variable = estimate.componentLow(Component.COMPUTE).add(estimate.componentLow(Component.SERVING));
        BigDecimal variableHigh = estimate.componentHigh(Component.COMPUTE).add(estimate.componentHigh(Component.SERVING));
        if (traffic == null || traffic.peakQps() == null || traffic.averageQps() == null
                || traffic.averageQps().signum() == 0 || traffic.peakQps().compareTo(traffic.averageQps()) <= 0) {
            return notApplicable("auto-scaling", "Auto-scaling: pay for average, not peak",
                    "needs traffic.peakQps above traffic.averageQps");
        }
        BigDecimal extra = traffic.peakQps().divide(traffic.averageQps(), 6, RoundingMode.HALF_UP).subtract(BigDecimal.ONE);
        BigDecimal avoidedLow = cents(variable.multiply(extra));
        BigDecimal avoidedHigh = cents(variableHigh.multiply(extra));
        return Lever.of("auto-scaling", "Auto-scaling: pay for average, not peak",
                estimate.totalLow().add(avoidedLow), estimate.totalHigh().add(avoidedHigh), estimate.totalLow(),
                estimate.totalHigh(), List.of("peak " + traffic.peakQps().toPlainString()
                        + " QPS is " + extra.add(BigDecimal.ONE).stripTrailingZeros().toPlainString()
                        + "× the average: compute and serving sized for peak would cost that much more"),
                "The estimate already prices average usage: the baseline is the same workload on a fleet sized for "
                        + "the peak, and auto-scaling brings it down to the estimate. Scale-up lag means keeping "
                        + "headroom for sudden peaks.");
    }

    private Lever caching() {
        BigDecimal low = estimate.componentLow(Component.SERVING);
        BigDecimal high = estimate.componentHigh(Component.SERVING);
        if (high.signum() == 0) {
            return notApplicable("caching", "Caching repeated queries", "no serving line");
        }
        return lever("caching", "Caching repeated queries", cents(low.multiply(assume.cacheHitRatio)),
                cents(high.multiply(assume.cacheHitRatio)), List.of(percent(assume.cacheHitRatio)
                        + " of queries answered from cache (assumed; set cacheHitRatio from your access pattern)"),
                "A cache adds its own cost and staleness; it pays where the same queries repeat.");
    }

    private Lever compaction() {
        BigDecimal low = estimate.componentLow(Component.COMPUTE);
        BigDecimal high = estimate.componentHigh(Component.COMPUTE);
        if (high.signum() == 0 || assume.smallFilesOverhead.compareTo(BigDecimal.ONE) == 0) {
            return notApplicable("compaction", "Compaction of small files",
                    high.signum() == 0 ? "no compute line" : "smallFilesOverhead is 1: nothing to compact");
        }
        BigDecimal kept = BigDecimal.ONE.divide(assume.smallFilesOverhead, 10, RoundingMode.HALF_UP);
        BigDecimal cut = BigDecimal.ONE.subtract(kept);
        return lever("compaction", "Compaction of small files", cents(low.multiply(cut)), cents(high.multiply(cut)),
                List.of("small files inflate compute " + assume.smallFilesOverhead.stripTrailingZeros().toPlainString()
                        + "× (assumed; the module's story found 10×)"),
                "Compaction itself uses compute; run it continuously on the partitions being written.");
    }

    private Lever combined() {
        BigDecimal keptCompute = BigDecimal.ONE.divide(assume.smallFilesOverhead, 10, RoundingMode.HALF_UP);
        Optional<Rate> spot = rate(RateCard.DISCOUNT_SPOT);
        BigDecimal computeLow = estimate.componentLow(Component.COMPUTE).multiply(keptCompute)
                .multiply(BigDecimal.ONE.subtract(spot.map(Rate::low).orElse(BigDecimal.ZERO)));
        BigDecimal computeHigh = estimate.componentHigh(Component.COMPUTE).multiply(keptCompute)
                .multiply(BigDecimal.ONE.subtract(spot.map(Rate::high).orElse(BigDecimal.ZERO)));
        BigDecimal servingKept = BigDecimal.ONE.subtract(assume.cacheHitRatio);
        BigDecimal storageSaving = BigDecimal.ZERO;
        for (Lever storage : List.of(tiering(), archiving())) {
            storageSaving = storageSaving.add(storage.savingLow());
        }
        BigDecimal newLow = cents(estimate.totalLow().subtract(estimate.componentLow(Component.COMPUTE)).add(computeLow)
                .subtract(estimate.componentLow(Component.SERVING).multiply(assume.cacheHitRatio))
                .subtract(storageSaving));
        BigDecimal newHigh = cents(estimate.totalHigh().subtract(estimate.componentHigh(Component.COMPUTE)).add(computeHigh)
                .subtract(estimate.componentHigh(Component.SERVING).multiply(assume.cacheHitRatio))
                .subtract(storageSaving));
        return Lever.of("combined", "All levers together", estimate.totalLow(), estimate.totalHigh(), newLow, newHigh,
                List.of(
                        "compaction, then spot on the compute that remains",
                        "caching on serving: " + percent(servingKept) + " of queries still scan",
                        "archiving and tiering on storage, each on its own share of the hot data",
                        "auto-scaling is already in the estimate (average usage)"),
                "Savings compound, so they do not add up to the sum of the levers alone.");
    }

    private Commitment commitment(int years, String key) {
        BigDecimal months = TWELVE.multiply(BigDecimal.valueOf(years));
        BigDecimal onDemandLow = cents(estimate.componentLow(Component.COMPUTE).multiply(months));
        BigDecimal onDemandHigh = cents(estimate.componentHigh(Component.COMPUTE).multiply(months));
        Optional<Rate> discount = rate(key);
        if (discount.isEmpty()) {
            return new Commitment(years, false, onDemandLow, onDemandHigh, null, null, null,
                    "No sourced " + years + "-year commitment rate in the catalogs, so none is assumed.");
        }
        Rate rate = discount.get();
        return new Commitment(years, true, onDemandLow, onDemandHigh,
                cents(onDemandLow.multiply(BigDecimal.ONE.subtract(rate.low()))),
                cents(onDemandHigh.multiply(BigDecimal.ONE.subtract(rate.high()))), rate.citation(),
                "Committed spend is owed for the whole term even if usage falls; commit only the steady baseline.");
    }

    private Lever lever(String id, String title, BigDecimal savingLow, BigDecimal savingHigh, List<String> assumptions,
            String caveat) {
        return Lever.of(id, title, estimate.totalLow(), estimate.totalHigh(), estimate.totalLow().subtract(savingLow),
                estimate.totalHigh().subtract(savingHigh), assumptions, caveat);
    }

    private Lever notApplicable(String id, String title, String reason) {
        BigDecimal none = BigDecimal.ZERO.setScale(2);
        return new Lever(id, title, false, none, none, estimate.totalLow(), estimate.totalHigh(), estimate.totalLow(),
                estimate.totalHigh(), List.of(), null, reason);
    }

    private BigDecimal hotTb() {
        return estimate.lines().stream().filter(l -> l.rate().key().equals(RateCard.STORAGE_HOT))
                .map(CostLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Rate hotRate() {
        return estimate.lines().stream().filter(l -> l.rate().key().equals(RateCard.STORAGE_HOT)).map(CostLine::rate)
                .findFirst().orElseThrow();
    }

    private Optional<Rate> rate(String key) {
        return primary.find(key).or(() -> reference == null ? Optional.empty() : reference.find(key));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
